"""Given names by gender, for reading "he" / "she" against a full name.

Compiled from the US Social Security Administration's national baby-name counts (births
by first name and sex, 1920-2015; a work of the US government, in the public domain): the
given names with at least 2,000 births in those years of which at least 98% were of
one sex. Names given to both sexes about as often ("Jordan", "Kelly") are in neither list
and leave the gender unknown; so do the few that are also a title, a month or a function
word of the speaker tables ("General", "May", "Judge"). Lower-cased ASCII, as the
US records write them.

The hand tables ``WORDS["male_names"]`` / ``WORDS["female_names"]`` of
:mod:`.speaker_words` (which a ``Lexicon`` extends) are read first and win
over these lists, which only widen what is known.
"""

from __future__ import annotations

from .tables import word_set

__all__ = ["FEMALE_GIVEN_NAMES", "MALE_GIVEN_NAMES"]


# (1786 names)
MALE_GIVEN_NAMES = frozenset(
    word_set(
        """
    aaden aarav aaron abdiel abdul abdullah abe abel abelardo abner abraham abram ace
    adalberto adam adan aditya adnan adolfo adolph adolphus adonis aedan agustin ahmad ahmed
    aiden ajay akash akeem al alain alan albert alberto albin aldo alec alejandro alek
    aleksander alessandro alexander alexandro alexzander alfonso alfonzo alford alfred
    alfredo allan allen alonso alonza alonzo aloysius alphonse alphonso alston alton alvaro
    alvin amado amador amarion ambrose ameer americo amin amir ammon amon amos anakin
    anastacio anders andre andreas andrei andres andrew andy angelo angus anibal anish ansel
    anselmo anson anthoney anthony antione antoine anton antone antonio antony antwain
    antwan antwon apollo aram archer aric arik arjun arlan arlo armaan arman armand armando
    armin armon armond arnav arne arnold arnoldo arnulfo art artemio arther arthur arturo
    arvid arvil arvin aryeh asher atticus augustin augustus aurelio austin auston avraham
    avrohom axel baldemar baltazar barney baron barron barry bart bartholomew barton basil
    baxter beau beck beckham ben benedict benito benjamen benjamin benjiman benny benson
    benton bernard bernardo bert bertram bertrand bilal bill billy bjorn blain blane blas
    bob bode boden bodie booker boone boris bowen boyce boyd brad braden bradford bradley
    bradly brady braeden braedon brain brandan branden brandon brandt branson brant braulio
    braxton brayan brayden braydon braylon brayton brendan brenden brendon brennon brent
    brenton bret brian bridger brien briggs brigham broc brock broderick brody bronson bruce
    bruno bryan bryant brycen bryon brysen bryson buck bud buddy buford burke burl burt
    burton buster butch byron cade caden cael caesar cain cal cale caleb callum calvin
    camilo candelario cardell carl carleton carlo carlos carlton carmelo case casen cash
    casimir cason casper cassius cayson ceasar cecilio cedric cedrick celestino celso cesar
    chad chadd chadrick chadwick chaim charles charlton chaz chester chet chip christ
    christofer christoper christophe christopher christos chuck cian ciro clarance clarence
    clark claud claude claudio clay clayton clem clement clemente cleve cleveland cliff
    clifford clifton clint clinton clive cloyd clyde codey cody coen cohen cole coleman
    coleton colin collin colson colt colten colter coltin colton columbus conner connor
    conor conrad constantine corban corbett corbin cordell cormac cornelius cortez corwin
    cosmo craig crawford creed creighton crew cristian cristobal cristofer cristopher cullen
    curt curtis curtiss cy cyril cyrus dajuan dallin dalton damarcus damarion damen dameon
    damian damien damion damon damond dan dandre dane dangelo danial daniel danilo danny
    dante daquan darell daren darin dario darius darold darrel darrell darren darrick darrin
    darrius darron darryl darvin darwin dashaun dave daveon davey david davion davonte
    dawson dax daxton daylon deacon dean deandre deangelo deante deanthony declan dedrick
    deegan dejuan delano delbert delfino delmar delmas delmer delton delvin demarco demarcus
    demario demarion demetrio demetrios demond demonte dennis denton denzel denzil deondre
    deonta deontae deonte dequan derald dereck derek deric derick derik deron derrek derrell
    derrick derrik derwin desean desmond devante devaughn devonta devontae devonte dewayne
    dewey dewitt dexter dezmond dhruv dick diego dillard dillion dillon dimitri dimitrios
    dino dionte dirk dixon dock domenic domenick domenico domingo dominic dominick dominik
    don donal donald donato donavan donavin donavon donn donny donovan dontae dontay donte
    dontrell doug douglas douglass dov dovid doyle drake duane dudley duke duncan durward
    durwood dustin duwayne dwain dwaine dwane dwayne dwight dylon eamon ean earl earle
    earnest easton eben ed edd eder edgar edgardo edison edmond edmund edmundo edsel edson
    eduardo edward edwardo edwin efrain efren elbert elden eldon eldridge eleazar elgin eli
    elian elias eliezer elijah elio eliseo eliyahu ellsworth elmer elmo elmore eloy elroy
    elton elvin elvis elwin elwood emanuel emil emiliano emilio emir emmanuel emmet emmett
    emmit emmitt enoch enos enrico enrique enzo ephraim erasmo eriberto eric erich erick
    erik ernest ernesto errol ervin erwin esau esequiel esteban estevan ethan ethen eugene
    eugenio eusebio evan evans everardo everett everette evert ewan ezekiel ezequiel fabian
    fabio faris faustino fausto favian federico feliciano felipe felix felton ferdinand
    fermin fernando fidel fidencio filiberto finn finnegan fisher flavio fletcher florencio
    florentino florian floyd ford forrest foster francesco francisco franco frank franklin
    franklyn franky fransisco franz fred freddy frederic frederick fredric fredrick fredy
    freeman fritz furman gabe gabino gaetano gage gannon gardner gareth garett garfield
    garold garret garrett garrick garrison garry garth garvin gary gaston gauge gaven gavin
    gaylord gearld geary genaro gennaro geno geoffrey george geovanni geovanny gerald
    geraldo gerard gerardo german gerold geronimo gerrit gerson gian giancarlo gianluca
    gideon gil gilbert gilberto giles gino giovani giovanni giovanny giuseppe glen glendon
    glenn godfrey gonzalo gordon gorge grady graeme graham grant granville graydon greg
    gregg greggory gregorio gregory griffin grover guido guillermo gunnar gunner gus gustav
    gustave gustavo guy hakeem hal hamilton hamza hank hans hansel hardy harlan harland
    harlen harmon harold harrell harris harrison harry harvey hasan haskell hassan hayward
    haywood heath heber hector henderson henry herbert heriberto herman hermon hernan
    herschel hershel hezekiah hilario hilton hiram hobart hobert holden homer homero horace
    horacio hosea howard howell hoyt hubert hudson huey hugh hugo humberto hussein huston
    hyman hyrum iain ian ibrahim idris ignacio ignatius ike iker ilan immanuel imran irvin
    irving irwin isaac isaak isac isadore isai isaiah isaias ishaan ishmael isiah isidro
    ismael ismail israel isreal issac ivan izaac izaak izaiah izayah jabari jace jacinto
    jack jackson jacob jacobo jacoby jadiel jadon jaedon jagger jaheim jair jairo jairus
    jajuan jake jakob jakobe jakub jaleel jalil jamaal jamal jamar jamarcus jamarion jameel
    james jamir jamon jaquan jarad jared jarell jaret jarett jarod jaron jarred jarrell
    jarret jarrett jarrod jarvis jase jasen jashawn jason javan javian javier javin javion
    javonte jax jaxen jaxon jaxson jaxton jay jayceon jaycob jaysen jayson jayvion jayvon
    jeb jed jedediah jedidiah jeff jefferey jefferson jeffery jeffrey jeffry jens jerad
    jerald jeramiah jeramie jeramy jered jerel jereme jeremey jeremiah jeremias jeremie
    jeremy jerimiah jermey jerod jerold jerome jeromy jeron jerrel jerrell jerrod jerrold
    jeshua jess jesus jethro jevon jhon jim jimmy joaquin job joel joeseph joesph johan john
    johnathan johnathon johnmichael johnny johnpaul johnson johny jon jonah jonas jonatan
    jonathan jonathon jones jordy jorge jose josef joseluis joseph josh joshua joshuah
    josiah josue jovani jovanny jovany joziah juan juancarlos judd judson julian julien
    julio julius junior junius justen justin juston juwan kade kadeem kaden kael kahlil kain
    kaleb kalel kalvin kamal kane kareem karim karl kasen kash kason kavin kavon keandre
    kedrick keion keith kelton kelvin ken kenan kendric kendrick kenji kennard kenneth
    kenney kennith kenny kent kenton keon kermit kerwin kevan keven kevin kevon keyon
    keyshawn khalid khalil khristopher kian kiel kieth kingston kip kipp kirk kirkland kirt
    knox kobe koby koen kohen kole kollin kolten kolton konnor konrad korbin kraig krish
    kristofer kristoffer kristopher kurt kurtis kwame kyle kyron kyson ladarius lafayette
    lamarcus lamarr lambert lamont lamonte lance landan landen landin landon lanny larry
    lars lathan laurence lawerence lawrance lawrence lawton lazaro lazarus leamon leander
    leandro leeland leeroy leif leland lemuel lenard lenwood leo leobardo leon leonard
    leonardo leonel leonidas leopold leopoldo leroy les lester levi levy lewis lex liam
    lincoln lino linus linwood lionel lloyd lon lonny lonzo lorenzo lorne louis lowell loyd
    luc lucas lucian luciano lucien lucio lucious lucius luigi luis luiz lukas luke luther
    lyle lyman lynwood mac macario maceo mack magnus mahlon mahmoud makhi malachi malakai
    malaki malcolm malcom malik malvin manny manuel marc marcelino marcello marcellus
    marcelo marco marcos marcus marek margarito mariano mario mark markeith marko markus
    marlon marques marquez marshal marshall martell martez martin marvin mason massimo mateo
    mathew mathias mathieu matias matt matteo matthew matthias maurice mauricio mauro
    maverick max maxim maximilian maximiliano maximillian maximo maximus maxton maxwell maxx
    maynard mcarthur mccoy meir mekhi melton melvin melvyn menachem mendel merton mervin
    michael micheal mick miguel miguelangel mike mikeal mikhail miles milford millard milo
    milton misael mitch mitchel mitchell modesto mohamad mohamed mohammad mohammed moises
    montrell monty mordechai morris morton mose moses moshe muhammad murray musa mustafa
    myles myron napoleon nash nasir nathan nathanael nathanial nathaniel nathen nazir neal
    ned neel neil nels nelson nestor nevin newton nicholas nicholaus nick nicklas nicklaus
    nickolas nicolas nigel nikhil nikolai nikolas nikolaus niles nils nino noah noe nolan
    nolen norbert norberto norman normand norwood obed octavio octavius odin odis olan olen
    olin oliver omar omarion omer oran oren orin orlando orrin orval orville osbaldo oscar
    osman osvaldo oswald oswaldo otis ottis otto owen pablo paolo pascual pasquale patricio
    patrick paul paulo pedro percy pete peter phil philip philippe phillip pierce pierre
    pierson porfirio pranav prentice preston price princeton quentin quenton quinten quintin
    quinton raekwon rafael raheem rahul ralph ramiro ramon ramone ramses rance randal
    randall randel randell randle randolph randy ransom raoul raphael rashaad rashad rashard
    rasheed rashid raul ravi ray rayburn rayford raymon raymond raymundo raynard reginal
    reginald reinaldo renaldo renard renato reno reuben rex rexford rey reymundo reynaldo
    reynold rhett ricardo rich richard richardo richmond rick rickey ricky rico ridge
    rigoberto rishi ritchie rob robb robert roberto robinson rocco rock rocky rod roddy
    roderic roderick rodger rodney rodolfo rodrick rodrigo roel rogelio roger rogers rohan
    rojelio roland rolando rolf rolland rollie rollin roman romel romeo ron ronald ronaldo
    ronan ronin roosevelt roque roscoe rosendo rosevelt ross rowdy rowland roy ruben rubin
    rudolf rudolfo rudolph rudy rueben rufus rupert russ russel russell rustin ryker ryne
    sabastian sahil sal salomon salvador salvatore sam sameer samir sammuel sampson samson
    samual samuel sanford sanjay santiago santino santo saul savion scot scott scotty seamus
    sean sebastian sebastien sedrick sergio servando seth seymour shad shane sharif shedrick
    sheldon shelton shemar sherman sherwin sherwood shimon shlomo shmuel sid siddharth silas
    silvestre silvio simeon simon skip slade solomon stafford stan stanford stanley stanton
    stefan stefano stephan stephen stephon stetson stevan steve steven stewart stone stoney
    stuart syed sylas sylvester tad talan talmadge tarik tariq tavares tavaris tavion tavis
    ted teodoro terance terell terence terrance terrence terron tevin thad thaddeus thane
    thatcher theadore theodis theodore theron thiago thomas thor thornton thurman thurston
    tillman tim timmothy timmy timothy titan tito titus tobias tobin tod todd tom tomas
    tommy tony trae travion travis travon trayvon tre tremayne trent trenten trenton trever
    trevin trevion trevon trevor trey treyton treyvon tripp troy truman tucker ty tyquan
    tyreek tyrek tyrel tyrell tyrese tyron tyrone tyrus tyson tzvi ubaldo ulises ulysses
    urban uriel valentin valentino vance varun vernon vic vicente victor vidal vihaan viktor
    vince vincent vincente vincenzo vinson virgil vito vladimir wade waldo walker wallace
    walt walter walton ward wardell warner warren watson wayland waylon wayman waymon wayne
    webster weldon welton wendall wendell werner wes wesley west westin westley weston
    wilber wilbert wilbur wilburn wiley wilford wilfred wilfredo will willam willard willem
    william williams willian willis wilson wilton windell winfield winford winston woodrow
    woody wyatt wyman xander xavier xzavier yaakov yadiel yahir yair yakov yandel yash
    yehuda yisroel yitzchok yoel yosef yousef youssef yusef yusuf zach zachariah zachary
    zachery zack zackary zackery zahir zaid zaiden zakary zander zane zavier zavion zayden
    zeb zechariah zeke zev
    """
    )
)

# (3137 names)
FEMALE_GIVEN_NAMES = frozenset(
    word_set(
        """
    aaliyah aanya abagail abbey abbie abbigail abbigale abby abbygail abigail abigale
    abigayle abriana abrianna abrielle abril abygail acacia ada adaline adalyn adalynn
    adamaris addie addilyn addisyn addyson adela adelaida adelaide adele adelia adelina
    adeline adella adelle adelyn adelynn adia adilene adina aditi adria adriana adrianna
    adrianne adrienne adyson agatha agnes aida aileen ailyn aimee aisha aislinn aiyana
    aiyanna aja akilah alaina alana alanah alani alanis alanna alannah alaya alayah alayna
    alaysia alba alberta albertha albina alda alea aleah alecia aleena aleigha aleisha
    alejandra aleksandra alena alene alesha aleshia alesia alessandra alessia aleta aletha
    alethea alethia alexa alexandra alexandrea alexandria alexia alexsandra alexus alfreda
    alia aliah aliana alianna alice alicia alida alina aline alisa alise alisha alishia
    alisia alison alissa alisson alivia aliya aliyah aliza allana allegra allene alli
    allison allissa allisson alliyah ally allysa allyson allyssa alma almeda alona alondra
    alonna alora alta althea alvina alyce alycia alysa alyse alysha alysia alyson alyssa
    alyssia alyvia amalia amanda amara amariah amaya amayah ambar amber amberly amelia
    amelie america amethyst amia amiah amie amina aminah amira amirah amiya amiyah ammie
    amparo amy amya amyah ana anabel anabella anabelle anahi anai anais analia analisa
    analise anamaria ananya anastacia anastasia anaya andrea andria anessa anette angela
    angelena angelia angelic angelica angelika angelina angeline angelique angelita angella
    angelyn angie ani ania aniah anika anisa anisha anissa anita anitra aniya aniyah anja
    anjali anjanette anjelica ann anna annabel annabell annabella annabelle annalee
    annaliese annalisa annalise annamae annamaria annamarie anne anneliese annelise
    annemarie annetta annette annie annika annmarie antionette antoinette antonella
    antonette antonina anya apryl arabella araceli aracely araya ardella areli arely aretha
    aria ariadna ariadne ariah ariana ariane arianna arianne arica ariela ariella arielle
    arika arionna arissa ariya ariyah ariyana ariyanna arla arleen arlena arlene arleth
    arlette arline armida arnetta aryana aryanna asha ashely ashia ashlea ashlee ashlei
    ashleigh ashley ashli ashlie ashly ashlyn ashlynn asia astrid athena aubree aubri
    aubriana aubrianna aubrie aubrielle audra audrea audree audrey audriana audrianna audrie
    audrina aura aurelia aurora autum autumn ava avah avalon avani aviana avianna aviva
    avril aya ayah ayana ayanna ayesha ayla ayleen aylin aysha ayva azalea azucena azul
    babette baila bailee bambi barb barbara barbie barbra bayleigh baylie beatrice beatriz
    becca becki beckie becky belen belinda bella belle belva benita berenice bernadette
    bernadine bernardine berneice bernetta bernice berniece bernita berta bertha bess bessie
    beth bethanie bethann bethany betsey betsy bette bettie bettina betty bettye beulah
    beverlee beverly bianca bianka birdie blaire blanca blanch blanche blossom bobbi bonita
    bonnie brandee brandi brandie braylee brea breana breann breanna breanne bree breeanna
    brenda brenna breonna bria briana brianna brianne bridget bridgett bridgette brie
    brieanna briella brielle brigette brigid brigitte brinda brinley brionna brisa briseida
    brissa britany britney britni britta brittaney brittani brittanie brittany brittnee
    brittney brittni brittnie brittny bronwyn brooke brookelyn brookelynn brooklyn brooklynn
    bryana bryanna bryleigh brynlee brynn brynna brynne buffy cady caelyn cailey cailin
    cailyn caitlin caitlyn caitlynn caleigh cali calista calla calli callie cambria camelia
    camellia cami camila camilla camille cammie candace candance candelaria candi candice
    candida candie candis candy candyce capri cara caren cari carie carin carina carisa
    carissa carla carleen carleigh carlene carletta carli carlotta carly carlyn carma
    carmela carmelita carmella carol carolann carole carolee carolina caroline carolyn
    carolyne carolynn carri carrie caryn casandra casie cassandra cassaundra cassi cassie
    cassondra cataleya catalina catarina catelyn caterina catharine catherine cathey cathi
    cathie cathleen cathrine cathryn cathy catina catrina cayla caylee cecelia cecile
    cecilia cecily celena celeste celestina celestine celia celina celine chana chanda
    chandra chanel chanell chanelle chantal chante chantel chantell chantelle charis charise
    charisma charissa charisse charity charla charleen charleigh charlene charlette charline
    charlize charlotte charmaine charolette chasidy chasity chassidy chassity chastity chava
    chaya chelsea chelsey chelsi chelsie chelsy cheree cheri cherie cherilyn cherise cherish
    cherri cherrie cherry cheryl cheryle cheryll cheyanne chiara china chiquita chloe
    chrissy christa christal christeen christel christena christene christi christiana
    christiane christianna christie christina christine christy chrystal chyanne chyna
    chynna ciana cianna ciara ciarra cicely cielo cienna ciera cierra cinda cindi cindy
    cinnamon cinthia citlali citlalli citlaly claire clara claribel clarice clarisa clarissa
    claudette claudia claudine clementine cleta cloe clover coleen colette colleen collette
    concetta constance consuelo cora coral coraline cordelia coreen corene coretta corina
    corine corinna corinne corissa cornelia corrina corrine courtnie crissy crista cristal
    cristi cristie cristina cristine cristy crystal cydney cyndi cynthia dacia dafne dahlia
    daija daijah daina daisha daisy daja daleyza dalia dalila dalilah danae danelle danette
    dania danica daniela daniella danielle danika danisha danita danna dannette dannielle
    danya danyelle daphne darci darcie daria dariana darla darleen darlene darline dasha
    dasia davida davina dawn dawna dawne dayana dayanara dayanna dayna daysha deana deann
    deanna deanne deasia debbi debbie debbra debby debi debora deborah debra debrah dedra
    deeann deedee deedra deena deidra deidre deirdre deisy deja dejah delana delanie delena
    delfina delia delicia delila delilah delinda delisa della delois delora delores deloris
    delphia delphine demetra demetria demi dena denae deneen denice denise denisha denisse
    denita denna deonna desirae desire desiree destany destinee destiney destini destinie
    destiny detra devona devora devorah dian diana diane diann dianna dianne dina dinah
    dionna divya dixie diya dollie dolly dolores domenica dominga dominica dona donita donna
    dora dorcas doreen dorene doretha doretta dori dorinda dorine doris dorotha dorothea
    dorothy dortha dorthea dorthy dottie dovie dreama drema drucilla drusilla dulce earlean
    earlene earline earnestine eartha easter eboni ebonie ebony eda edie edith edna edwina
    edythe effie eileen elaina elaine elana elayna elayne elda eldora eleanor eleanora
    eleanore elease elena eleni elexis eliana elianna elicia elida elina elinor elisa
    elisabeth elise elissa eliza elizabeth elizebeth ella elle ellen elli elliana ellianna
    ellie elly ellyn elmira elna elnora elois eloisa eloise elora elouise elsa elsie elvera
    elvia elvira elyse elysia elyssa ema emalee ember emelia emeline emely emerie emersyn
    emi emilee emilia emilie emily emma emmalee emmaline emmalyn emmalynn emme emmeline
    emmie emmy emogene ena enedina enid era erica ericka erika erlene erlinda erma erna
    ernestina ernestine esme esmeralda esperanza essence esta estefani estefania estefany
    estela estella estelle esther estrella ethel ethelyn etta eugenia eugenie eula eulalia
    eunice eva evalyn evangelina evangeline eve evelin evelina eveline evelyn evelyne
    evelynn everly evette evie evonne fabiola faigy faith fannie fanny farah farrah fatima
    fatimah fawn faye felecia felica felicia felicity felisha fern fernanda ferne filomena
    fiona flor flora florence florene florida florine flossie fonda frances francesca
    franchesca francine francisca freda fredia freeda freida freya frida frieda gabriela
    gabriella gabrielle galilea gaye gayla gaylene gaynell gearldine gema gemma gena geneva
    genevieve genna genoveva georgeann georgene georgetta georgette georgia georgiana
    georgianna georgina georgine geraldine geralyn geri gerri gertie gertrude gia giada
    giana gianna giavanna gigi gilda gillian gina ginger ginny giovanna gisel gisela gisele
    giselle gissel gisselle gitty giulia giuliana gizelle gladis gladys glenda glenna glinda
    gloria glory glynda glynis golda goldie grace gracelyn gracelynn gracey gracie graciela
    grayce grecia greta gretchen gretta griselda guinevere gwen gwenda gwendolyn gwenyth
    gwyneth hadassah hadlee hailee hailey hailie haily halee haleigh haley hali halie halle
    hana hanna hannah harleigh harmoni harmony harriet harriett harriette hattie haydee
    haylee hayleigh hayley haylie hazel heather heaven heavenly hedy heide heidi heidy helen
    helena helene hellen henrietta herlinda herminia hettie hilda holli holly honesty honey
    hope hortencia hortense ida idalia idell idella iesha ila ilana ileana ilene iliana
    ilona ilse ima imelda imogene ina india indira inga ingrid iola iona ione irene iris
    irma isabel isabela isabell isabella isabelle isadora isela isha isis isla isobel italia
    itzel iva ivana ivanna ivette ivonne iyana iyanna izabel izabella izabelle jacalyn
    jacelyn jaci jacie jacinda jacinta jackeline jackelyn jacki jacklyn jacklynn jaclyn
    jaclynn jacqualine jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacquline
    jacqulyn jada jaeda jaela jaelynn jaida jaila jailene jaimee jakayla jaleah jaleesa
    jalisa jalissa jaliyah jamesha jamia jamila jamilah jamiya jamiyah jamya jana janae
    janay janaya jane janee janeen janel janell janelle janene janessa janet janeth janett
    janetta janette janey jania janiah janice janie janiece janina janine janis janise
    janiya janiyah janna jannet jannette jannie janya jaquelin jaqueline jaquelyn jaslene
    jaslyn jasmin jasmine jasmyn jasmyne jaunita jaya jaycie jayda jayla jaylah jaylee
    jaylene jaymee jayna jayne jazelle jazlyn jazlynn jazmin jazmine jazmyn jazmyne jazzlyn
    jazzmin jazzmine jeana jeane jeanelle jeanene jeanetta jeanette jeanie jeanine jeanmarie
    jeanna jeanne jeannette jeannie jeannine jemma jena jenae jenell jenelle jenesis jenessa
    jeni jenifer jeniffer jenine jenise jenna jennah jennette jenni jennie jennifer
    jenniffer jenny jeraldine jeri jerica jerilyn jerri jerrica jesenia jesica jessa
    jessalyn jessenia jessica jessika jianna jill jillian jimena jo joan joana joanie joann
    joanna joanne jocelin jocelyn jocelyne jocelynn jodee jodi joella joellen joetta joette
    johana johanna johannah johna johnetta johnna joi jolee joleen jolene jolie joline
    jolynn jonelle joni jonna jordana jorja josefa josefina joselin joseline joselyn
    josephina josephine josette josie joslyn joslynn josselyn journee jovanna jovita joy
    joyce joycelyn joye juana juanita judi judie judith judy julee juli julia juliana
    juliane juliann julianna julianne julie julieann julienne juliet julieta juliette julisa
    julissa juniper jurnee justina kaci kacie kadie kady kaela kaeli kaelyn kaelynn kaia
    kaila kailani kailee kaileigh kailey kaili kaily kailyn kailynn kaitlin kaitlyn kaitlynn
    kaiya kala kalea kaleah kalee kaleigh kalena kaley kalia kalie kalina kalista kaliyah
    kalli kallie kalynn kamaria kami kamila kamilah kamille kamiya kamiyah kamora kamya
    kandace kandi kandice kandis kandy kanisha kaniya kara karah karen karena kari karie
    karime karin karina karis karisa karissa karla karlee karleen karleigh karlene karley
    karli karlie karly karlyn karma karmen karolina karoline karolyn karren karri karrie
    karyl karyn kasandra kasi kasie kassandra kassi kassidy kassie katalina katarina kate
    katelin katelyn katelynn kateri katerina katey kathaleen katharine katherin katherine
    kathern katheryn kathi kathie kathleen kathlene kathlyn kathrine kathryn kathryne kathy
    kathyrn kati katia katie katina katlyn katlynn katrice katrina kattie katy katya kaycie
    kaydee kayla kaylah kaylani kaylea kaylee kayleen kayleigh kaylene kayley kayli kaylie
    kaylyn kaylynn kaytlin kaytlyn keana keanna keara kecia keeley keely keesha keila keily
    keira keisha kelci kelcie keli kelis kelle kellee kelli kellie kellye kelsea kelsi
    kelsie kelsy kenda kendra kenia kenisha kenna kennedi kenzi kera keren keri kerri kerrie
    kerstin kesha keshia keturah keyana keyanna keyla keyona keyonna khadija khadijah khalia
    khloe kiana kianna kiara kiarra kiera kierra kiersten kierstin kierstyn kiesha kimberely
    kimberlee kimberley kimberli kimberlie kimberly kimberlyn kimora kindra kinsley kira
    kirra kirsten kirstie kirstin kirstyn kisha kitty kiya kizzy klarissa kloe kora korina
    krissy krista kristal kristel kristen kristi kristiana kristie kristin kristina kristine
    kristy kristyn krysta krystal krysten krystin krystina krystle kya kyah kyara kyla kylah
    kylee kyleigh kylie kymberly kyndra kynlee kyra lacee lachelle laci lacie ladonna laila
    lailah laina lainey laisha lakeisha lakendra lakesha lakeshia lakia lakisha lana lanae
    lanette lanie lanita laniya laniyah laquisha laquita lara larae laraine larhonda larisa
    larissa laronda lashanda lashawnda lashay lashonda lashunda latanya latasha latavia
    latesha latia laticia latina latisha latonia latonya latoria latosha latoya latrice
    latricia latrina launa laura lauralee laureen lauren laurene lauretta laurette lauri
    laurie lauryn lavada lavera laverna lavina lavinia lavonda lavonne lawana lawanda
    lawanna layla laylah layna lea leah leana leandra leann leanna leanne leatha leatrice
    leda leeann leeanna leeanne leela leena leesa leia leigha leighann leila leilah leilani
    leisa lela lelia lena lenna lenora lenore leola leona leonor leonora leora leota lesa
    lesia leslee lesli leslye leta letha leticia letitia lettie letty lexi lexis lexy leyla
    lezlie lia liana liane lianna lianne libby liberty lida lidia lila lilah lili lilia
    lilian liliana lilianna lilith lilla lilli lillian lilliana lillianna lillie lilly
    lillyana lillyanna lily lilyan lilyana lilyann lilyanna lina linda lindsy linette linnea
    lisa lisbeth lise lisette lisha lissa lissette lita litzy liv livia liz liza lizabeth
    lizbeth lizet lizeth lizette lizzie lluvia lois lola lolita lona lonna lora loraine
    loree loreen lorelai lorelei lorena lorene loretta lori loriann lorie lorinda lorine
    lorna lorraine lorretta lorri lorrie lottie louann louella louisa louise lourdes
    louvenia lu luana luann luanne luci lucia luciana lucie lucila lucile lucille lucinda
    lucretia lucy luella luisa lula lulu luna lupita lura luvenia lyda lydia lyla lylah
    lynda lyndsay lyndsey lynelle lynette lynne lynnette lynsey lyra mabel mable macayla
    macey machelle maci macie mackenna macy madaline madalyn madalynn maddie maddison
    madelaine madeleine madelene madelin madeline madelyn madelyne madelynn madge madilyn
    madilynn madisen madison madisyn madonna madysen madyson mae maegan maeve magali magaly
    magan magda magdalena magdalene magen maggie magnolia mahogany mai maia maile maira
    maisie maite maiya makaela makaila makala makayla makaylah makena makenna makenzi
    makenzie makiya makiyah makyla malaya malaysia malea maleah malena malia maliah malika
    malina malinda malisa malissa maliyah malka mallorie mallory malorie mamie manda mandi
    mandie mandy manuela mara marah maranda marcela marcelina marceline marcella marci
    marcia marcie marcy marely maren margaret margarett margarette margarita margaux marge
    margery margie margo margot margret marguerite mari maria mariah mariam marian mariana
    mariann marianna marianne maribel maribeth maricela maricruz marie mariel mariela
    mariella marielle marietta marika marilee marilou marilu marilyn marilynn marina marisa
    marisela marisol marissa marita maritza marivel mariya mariyah marjorie marjory markita
    marla marlana marlee marleen marleigh marlena marlene marlie marlys marna marni marnie
    marquetta marquita marsha marta martha martina marva mary marya maryalice maryam maryann
    maryanna maryanne marybeth maryellen maryjane maryjo marylee marylin marylou marylyn
    marylynn maryrose mathilda matilda mattie maud maude maudie maura maureen maurine mavis
    maxine maya mayah maybelle maycee maylee maylin mayme mayra mayte mazie mckayla mckenna
    meadow meagan meaghan mechelle meera meg megan meggan meghan meghann melaine melani
    melanie melany melba melia melina melinda melisa melissa mellisa mellissa melodee
    melodie melody melonie melony melva melvina melynda meranda mercedes mercedez mercy meri
    meridith merilyn merissa merlene merri merrie merry meta mia miah micaela micayla
    michaela michaella michela michele michelle micki miesha migdalia mikaela mikaila mikala
    mikayla mikki mila milagros milana milani milania mildred milena miley milissa millicent
    millie milly mimi mindi mindy minerva minnie mira miracle miranda mirella mireya miriam
    mirian mirna missy misti mistie misty mittie mitzi miya miyah moira mollie molly mona
    monet monica monika monique monserrat montserrat moriah mozelle muriel mya myah myesha
    myia mykayla myla mylee myra myranda myriam myrna myrtice myrtis myrtle nada nadia
    nadine nadya nailah naima nakisha nakita nala nalani nallely nan nanci nancie nancy
    nanette nannette nannie naomi nariah natalee natali natalia natalie nataly natalya
    natasha natashia nathalia nathalie nathaly natosha naya nayeli nayely nechama nedra neha
    nelda nell nella nellie nelly nena neoma nereida neta nettie neva nevaeh neveah nia
    nichelle nichol nichole nickole nicol nicole nicolette nicolle nidia niesha nikole nila
    nilda nina ninfa nisha nita niya niyah noelani noelia noelle noemi nola nona nora norah
    noreen norene norine norma novella nya nyah nyasia nydia nyla nylah octavia odalys
    odessa odette ofelia oleta olga olive olivia olympia olyvia ona opal ophelia oralia
    oriana orpha ouida paige paislee paisley paityn palma paloma pam pamala pamela pamelia
    pamella pandora pansy paola passion patience patrica patricia patrina patti pattie patty
    paula pauletta paulette paulina pauline pearline peggie peggy penelope penni pennie
    penny peri perla petra phillis philomena phoebe phylicia phylis phyliss phyllis pia
    pinkie piper polly poppy porsche porsha portia precious preslee pricilla priscila
    priscilla priya prudence pyper qiana queenie quiana rachael racheal rachel rachele
    rachell rachelle racquel raeann raechel raegan raelene raelyn raelynn rafaela raina
    ramona ranae randa rania raquel rashida raya raylene rayna reanna reatha reba rebbecca
    rebeca rebecca rebecka rebeka rebekah rebekka reem reena regena regenia regina reina
    rena renae renata renea renee renita reta retha retta reva reyna rhianna rhiannon rhoda
    rhonda ria rianna richelle rihanna rileigh rina risa rita rivka riya roberta robyn
    rochel rochelle rolanda romina romona rona ronda ronna ronni rosa rosalba rosalee
    rosalia rosalie rosalina rosalind rosalinda rosaline rosalva rosalyn rosalynn rosana
    rosann rosanna rosanne rosaura rose roseann roseanna roseanne rosella roselyn rosemarie
    rosemary rosetta rosia rosie rosina rosio rosita roslyn rowena roxana roxane roxann
    roxanna roxanne roxie rubi rubie ruby rubye ruth rutha ruthann ruthanne ruthie ryanne
    ryleigh saanvi sabina sabine sabra sabrina sade sadie sahara saira salena salina sallie
    sally salma samantha samara samaria samatha samaya samia samira samiya samiyah samone
    samya sana sanaa sanai sandi sandie sandra saniya saniyah sanjana sanjuana sanjuanita
    santa santina sapphire sara sarah sarahi sarai sarena sari sariah sarina sarita sariyah
    saundra savana savanah savanna savannah scarlet scarlett scarlette seanna sebrina selah
    selena selene selina selma serena serene serenity serina shaelyn shaila shaina shakia
    shakira shala shalonda shameka shamika shamya shana shanae shanda shandra shaneka shanel
    shanell shanelle shani shania shanice shanika shaniqua shanita shaniya shaniyah shanna
    shantel shantell shantelle shanya shaquana shaquita shara sharee sharen shari sharita
    sharla sharleen sharlene sharon sharonda sharyl sharyn shasta shauna shaunna shavonne
    shawanda shawna shawnda shawnna shayla shaylee shaylynn shayna sheena sheila sheilah
    shelba shelbi shelbie shelia shelli shena sheree sheri sherie sherilyn sherita sherlyn
    sherri sherrie sherry sherryl sheryl sheyla shianne shiela shira shirlee shirlene
    shirley shivani shona shonda shonna shoshana shreya shyann shyanne shyla sibyl siena
    sienna siera sierra sigrid silvia simona simone sindy siobhan sirena siri skyla sofia
    sofie soledad soleil somer sommer sondra sonia sonja sonya sophia sophie soraya spring
    staci stacia stacie star starla stefani stefanie stefany steffanie stella stephaine
    stephani stephania stephanie stephany stephenie stormie sue sueann suellen summer
    sunshine suri susan susana susann susanna susannah susanne susie suzan suzann suzanna
    suzanne suzette suzie suzy sybil syble sydnee sydni sydnie sylvia sylvie symone synthia
    tabatha tabetha tabitha tahlia taina taisha takisha taleah talia taliah talisa talisha
    talitha taliyah talya tamala tamara tamatha tameka tamela tamera tami tamia tamica tamie
    tamika tamiko tamira tamisha tammara tammi tammie tammy tamra tamya tamyra tana taneisha
    tanesha tangela tania tanika tanisha taniya taniyah tanja tanna tanya tara tarah tarra
    tarsha tasha tashia tasia tatiana tatianna tatiyana tatyana tavia tawana tawanda tawanna
    tawny tawnya taya tayla taylar tea teanna teena temperance tena tenisha tenley tennille
    tequila tera teresa terese teresita teressa teri terra terri terrie tess tessa tessie
    thalia thea theda thelma theodora theresa therese thomasina thomasine tia tiana tianna
    tiara tiarra tiera tierney tierra tiesha tiffaney tiffani tiffanie tiffany tiffiny
    tillie tina tionna tisha tomasa tomeka tomika tonda toni tonia tonisha tonja tonya tosha
    tova towanda toya tracee traci tracie trena tresa tressa tressie treva tricia trina
    triniti trish trisha trista trudi trudie trudy twana twila twyla tyana tyanna tyasia
    tyesha tyla tyra una ursula valarie valencia valentina valeria valerie valery valorie
    vanesa vanessa vania vannessa veda velda velia velma velva velvet venessa venita venus
    vera verda vergie verla verna vernetta vernita verona veronica veronika vesta vianey
    vianney vicki vickie vicky victoria vida vienna vikki vilma vina vincenza viola violet
    violeta violette virginia viridiana vita vivian viviana vivianna vivien vivienne vonda
    wanda wanita wendi wendie wendy wilda wilhelmina willa willene willow wilma windy winnie
    winnifred winona wynona xenia ximena xiomara xochitl yadira yahaira yajaira yamilet
    yamileth yaneli yanet yanira yara yareli yarely yaretzi yaritza yasmeen yasmin yasmine
    yazmin yazmine yesenia yesica yessenia yessica yolanda yolonda yoselin yuliana yulissa
    yuridia yvette yvonne zahra zaida zainab zaira zakiya zandra zaniya zaniyah zara zaria
    zariah zariyah zelda zella zelma zena zenaida zenobia zina zita zoe zoey zoie zola zona
    zora zoya zulema
    """
    )
)
