"""Word lists describing the language of entertainment journalism (role nouns, honorifics,
words that make a capitalised run an organisation or a place), never particular people."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A lexicon written as white-space separated words."""
    return frozenset(text.split())


# Words capitalised in headlines or at sentence starts that never belong to a name.
STOP = word_set("""
a an and the of to in on at for with by from as is are was were be been has have had its his her
their our my your this that these those it he she they we i you but or nor so yet if when while whose
after before into over opposite vs versus says said not no all new how why what who where which
more most than then there here just also only even still now now's would can could should
may might must do does did about against between through during without within under up down out
off again once per via like unlike exclusive watch review recap interview report breaking update
first last best worst top inside outside despite since until among across around beside besides
according behind beyond everything nothing something anything every each
because although though unless whereas meanwhile yes oh hi hey
el la los las de del y en con por para un una que es se su sus al lo según o ni pero como
sein seine ihr ihre der die das dem den des ein eine und auch mit für il gli une du au aux avec pour dans
chez um uma os seu sua dos ao et mais
""")


# Lower-case particles that sit inside surnames (Guillermo del Toro, Vincent van Gogh).
PARTICLES = word_set("de del della di da das dos van von der den ter le la bin ibn al")


# Titles that open a name; in entertainment news they mostly mark characters (Dr. Wren Halloway).
HONORIFICS = word_set("""
dr mr mrs ms miss mx sir dame lady lord captain capt. commander general colonel major lieutenant
sergeant detective inspector chief sheriff deputy agent officer professor prof doctor reverend
father mother sister brother saint queen king prince princess duke duchess count countess baron
grandmother grandfather grandma grandpa nana uncle aunt auntie judge senator president governor
mayor pope bishop nurse coach superior constable emperor empress chancellor
gen col lt sgt maj adm gov cmdr supt insp
doctora capitana capitán señor señora doña inspectora sargento reina rey padre madre hermana
""")


# Nouns that introduce a real person ("showrunner Imelda Farrow", "director Oskar ...").
ROLE_NOUNS = word_set("""
actor actress star co-star costar lead newcomer veteran showrunner creator co-creator cocreator
creators director co-director directors writer co-writer writers screenwriter playwright novelist
author producer co-producer producers executive composer cinematographer editor designer
choreographer animator filmmaker documentarian documentariste documentarista artist comedian comic singer
songwriter rapper musician host co-host
presenter journalist reporter critic columnist correspondent photographer ceo chairman chairwoman
chair president founder co-founder spokesperson spokesman spokeswoman publicist attorney lawyer
manager agent exec executives head boss chief anchor narrator voice cast castmate castmates
stars actors actresses brothers sisters siblings duo partner wife husband son daughter father
mother widow widower hosts showrunners co-stars costars newcomers veterans comedians singers
journalists ad dp assistant coordinator supervisor stylist rep friend colleague sister brother cousin
niece nephew grandson granddaughter fiancé fiancée girlfriend boyfriend reparto pd
actriz directora guionista productor productora creador creadora protagonista intérprete cantante
periodista presentador presentadora compañero compañera actores actrices directores intérpretes
compositor compositora cineasta realizador realizadora coguionista guionistas productores creadores
acteur actrice réalisateur réalisatrice présentateur présentatrice chanteur chanteuse comédien comédienne
scénariste producteur productrice animateur animatrice romancier romancière auteure
schauspieler schauspielerin regisseur regisseurin sänger sängerin moderator moderatorin autorin produzent
produzentin drehbuchautor drehbuchautorin serienmacher serienmachern darsteller darstellerin kollege kollegin
preisträger preisträgerin legende gewinner gewinnerin
attore attrice regista conduttore conduttrice autore autrice produttore produttrice sceneggiatore scrittore
scrittrice ator atriz diretor diretora cantor cantora apresentador apresentadora autora roteirista produtor
novelista
""")


# Verbs that follow a person's name as its subject ("Oduya said", "Hart, who plays").
PERSON_VERBS = word_set("""
said says told tells added adds explained explains recalled recalls admitted admits noted notes
wrote writes tweeted tweets posted posts joked jokes laughed laughs continued continues insisted
insists revealed reveals shared shares teased teases confirmed confirms announced announces
described describes stated states argued argues acknowledged acknowledges conceded concedes
stars starred directed directs produced produces co-wrote cowrote plays played portrays portrayed
voices voiced joins joined joining returns returned reprises reprised will would has had is was
who whose thanked thanks praised praises agreed agrees replied replies answered answers asked
asks went kept dijo afirmó contó explicó aseguró adelantó resumió confirmó señaló añadió comentó
reveló came leaned whispered smiled nodded shrugged directing producing
died worked appeared spoke called married grew thanked starred
accepted accepts performed performs sang sings
déclare explique raconte confie affirme ajoute précise souligne estime
sagte sagt erklärte erklärt verriet verrät betonte meinte erzählte erzählt
dice racconta spiega afferma aggiunge dichiara
disse diz afirmou contou explicou declarou revelou comentou
""")


# Words that make a capitalised run something other than a person.
NON_PERSON = word_set("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday season seasons episode episodes volume
part chapter series show film movie pictures picture studios studio entertainment films media
network networks channel tv television radio news daily weekly magazine times post journal
wire press records music group company inc llc ltd corp corporation agency talent artists
associates management productions production festival fest awards award prize hall street
avenue road center centre theater theatre arena stadium park university college school
museum gallery library church cathedral hotel club bar restaurant cafe city county state
river lake mountain island valley bay beach coast north south east west new los san santa
twitter instagram tiktok youtube facebook netflix hulu disney hbo amazon apple paramount
peacock prime marvel dc universe comic-con con expo summit league team live tonight
podcast images getty today academy guild bafta emmys oscars grammys globes festival's reuters
globe actor actress actors actresses drama comedy category nominee nominees winner winners square
garden gardens station airport bridge tower plaza palace castle house lab laboratory hospital prison
institute foundation fund society council committee department ministry office cup bowl tour
channel's editorial staff desk
date release runtime genre rating premiere budget status tags related advertisement newsletter subscribe
bros time century
""")


# Line labels of credit blocks ("Director: Ansel Quarrie", "Cast: A, B, C").
CREDIT_LABELS = word_set("""
director directors writer writers screenplay cast starring producer producers creator creators
created showrunner composer music cinematography editor photo photos photograph image credit
interview reporting additional by por
""")


# A small lexicon of common given names: a hint, never required.
FIRST_NAMES = word_set("""
aaron abby dev abigail adam adrian aidan alan albert alex alexander alexandra alfred alice alicia
alison allison amanda amber amy ana andrea andrew andy angela angelina anna anne annie anthony
antonio anya april ariana ashley austin ava barbara ben benedict benjamin beth betty bill billy
bob bobby brad bradley brandon brenda brian bridget brie brittany bruce bryan caleb cameron
carl carla carlos carol caroline carrie catherine cate charles charlie charlotte chris christian
christina christine christopher claire clara colin connor courtney craig cynthia daisy dakota
dan dana daniel danielle danny dave david dean deborah debra denise dennis derek diana diane
diego dominic donald donna doris dorothy douglas dylan ed eddie edward elizabeth ella ellen
elle emily emma eric erica erin ethan eugene eva evan florence frances francis frank gabriel
gary gaten gemma george georgia gerald gina glenn gloria grace greg gregory hailee hannah harold
harrison harry heather helen helena henry hugh hugo ian isaac isabel isabella jack jackie jacob
jake james jamie jane janet jason javier jay jean jeff jeffrey jen jenna jennifer jenny jeremy
jerry jesse jessica jill jim jimmy joan joanna joe joel john johnny jon jonah jonathan jordan
jose joseph josh joshua joy juan judith judy julia julian julie justin karen kate katherine
kathleen kathryn katie kay keanu keith kelly ken kenneth kerry kevin kim kimberly kit kristen
kyle larry laura lauren lee leo leonardo liam lily linda lisa liz lois lori louis lucas lucia
lucy luis luke lupita lydia madison maggie malcolm margaret maria marie marion mark martha
martin mary matt matthew maya megan melissa meryl michael michelle miguel mike mila millie
miranda molly morgan nancy natalie natasha nathan neil nicholas nick nicole noah noor octavia
olivia oscar owen pamela pat patricia patrick paul paula pedro penelope peter philip phoebe
pierce rachel ralph randy ray raymond rebecca regina richard rick rita rob robert robin roger
ronald rosa rose ross ruby russell ruth ryan sadie sally sam samantha samuel sandra sara sarah
scarlett scott sean sebastian seth shane sharon shirley simon sofia sophia sophie stephanie
stephen steve steven susan sydney taylor ted teresa terry theresa thomas tilda tim timothy tina
todd tom tommy tony tracy tyler valerie vanessa victor victoria vincent viola virginia walter
wayne wendy will william winona xavier yvonne zach zachary zendaya zoe zoë
alejandro alberto andrés beatriz carmen cristina eduardo elena emilio enrique fernando
francisco gabriela guillermo ignacio isabel javier jorge josé lucía manuel marta mercedes
pablo paloma rafael ramón ricardo rodrigo santiago sergio ximena
pierre jean jacques michel françois louis nicolas julien mathieu antoine guillaume élodie camille chloé
manon léa céline isabelle nathalie sandrine virginie frédéric frédérique andré marc sébastien olivier
laurent philippe alain christophe stéphane bernard gérard juliette mathilde margaux amélie brigitte hélène
lorenzo giulia chiara francesca alessandro matteo giuseppe giovanni marco luca davide federico paolo
stefano valentina alessia martina elisa roberto massimo fabio simone riccardo
hans jürgen klaus wolfgang stefan andreas markus matthias florian lukas jonas leon felix
maximilian moritz lena luise katharina sabine ursula petra monika heike karin ludwig dieter günter uwe
joão paulo tiago gonçalo inês adriana débora thiago bruno fernanda juliana camila letícia
abel agnes aileen alana alec alexa alexis alma amelia amir andre angie anita april arthur aubrey
audrey barry beau becky ben bianca blake bonnie brooke bryce calvin candice carly cassie cecilia
chandler chelsea cheryl chloe christy cindy clint cody cole conan corey cory damian damon darren
demi denzel desmond devon dolly dominique duncan dustin dwayne eddy edgar edith edwin eileen elaine
eleanor eli elijah elliot elsa elton eleanor emilia emma esther ewan faye felicity fiona flora floyd
freddie freya gavin gillian gordon graham gwen gwyneth halle harvey hayley heidi holly howard imogen
irene ivan jada jaden jared jasmine jaime jeanne jenna jessie jodie joey jolene jude kara karl katy
keira kendall kendrick kenny kerry kirsten kristin kylie lana lara leah leila lena leon leslie lewis
lila lindsay lionel lorraine louise lorna lucille mandy marcus marilyn marvin maxine meg melanie mia
miley mindy minnie mitchell monica naomi neve niall nina nora oliver ollie patti quentin quincy
rachael rhys riley robbie rodney ron rowan roxanne rupert sadie selena serena shania shawn sheila
sienna sonia stacy stanley stella stuart susie tara tessa tiffany trevor troy ursula vera vince
wanda warren whitney wyatt yara yolanda zac zara álvaro alfonso antonia araceli begoña catalina
consuelo daniela dolores esteban gonzalo hernán inés irene jaime josefina julio lorena lourdes
macarena mateo mónica natalia nuria pilar raquel raúl rocío silvia soledad verónica anaïs
aurélie bastien benoît capucine clément étienne fabien gaëlle inès jérôme léon lucie
mélanie noémie rémi sylvie thierry valérie yves alberto angela carla claudia elisa emanuele fabrizio
gianni ilaria lucia monica nicola pietro raffaella sergio silvia tommaso vittoria annika birgit dirk
elke gerhard heinz helga ingrid jens lars maren nils sven torsten ute beatriz caio carolina
eduarda gustavo henrique luana lucas marcelo mariana rafaela renata rodrigo
""")


# Lower-case tails of English compounds ("Emmy-nominated", "Brazilian-born", "Wick-centric"),
# as opposed to the second syllable of a Korean given name ("Ji-woon", "Hyun-oh").
COMPOUND_TAILS = word_set("""
born led like style era old year time up in out off free wide made run type ish esque only age level
fest con day based bound wise fan star set ever fold less ness ful man men way
""")


# Months that are also given names: "June Abernathy", "April Okafor".
MONTH_NAMES = word_set("april june august")


# Generational suffixes that end a full name without being its surname.
NAME_SUFFIXES = word_set("jr jr. sr sr. ii iii iv")
