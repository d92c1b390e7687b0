"""The synthetic corpus's word lists: English words by kind, invented names, titles and outlets."""

# Ordered roughly by how often they occur in English news prose; the rank sets the weight.
FUNCTION = """the of and to a in that is for it was on with as he she they at by this from be have
his her an their which or had not are but were its one been has also more after who all would
will about when there than into over up out some new other only could them so two can first
just like last most we what three while before where through back being then because during
under even our still those between each since any against both much another well many now""".split()

NOUNS = """series season film show episode director actor actress star cast role character studio
network streamer premiere finale trailer sequel franchise story audience fan critic review box
office weekend release festival award nomination producer showrunner writer script plot scene
camera set production budget deal contract rights adaptation novel book comic drama comedy thriller
horror documentary musical album song tour stage theater performance interview statement source
report announcement campaign marketing poster teaser clip footage spinoff reboot remake pilot
storyline arc twist ending cliffhanger villain hero mother father daughter son family town city
year month week night day time life world home school war love death secret mystery murder case
investigation police detective doctor lawyer king queen prince empire ship island forest river
mountain winter summer spring autumn fire water storm light shadow dream memory voice heart money
power crew team writers room table read lot schedule date slot ratings viewers subscribers
numbers record opening gross revenue market industry strike union guild agent manager publicist
red carpet party gala panel convention screening showcase lineup slate catalogue library platform
channel broadcast cable service app chart single video game score soundtrack composer editor
cinematographer designer costume makeup effects animation voice talent newcomer veteran legend
icon favorite rumor report insider executive chief president chairman head division label
""".split()

# General news vocabulary beyond the trade's own words, so the Zipf tail is long.
GENERAL = """account action activity address advantage advice afternoon age agreement air airport amount
analysis animal answer apartment appearance approach area argument arm army art article aspect
attack attempt attention attitude authority balance bank base basis battle beach bed beginning
behavior belief benefit bill bird birth blood board boat body bone border bottle bottom box boy brain
branch bread break breakfast bridge brother building bus business button cake call campaign cancer
candidate capital captain car card care career carpet cat cause cell center century chain chair
challenge champion chance change chapter charge check chicken child choice church circle citizen
claim class client climate clock club coach coast coffee cold collection college color column
command comment community company comparison competition computer concept concern condition
conference connection context control conversation cook corner cost council country county couple
course court cousin cover craft credit crime crisis crowd culture cup currency customer cycle damage
dance danger data deal debate decade decision definition degree delivery demand department design
desire desk detail development device difference difficulty dinner direction disaster discussion
disease distance district division dog door draft drawing dress drink driver economy edge education
effect effort election element emergency emotion employee energy engine engineer entry environment
equipment error escape estate event evidence exam example exchange exercise experience expert eye
face fact factor failure faith fall farm fashion fear feature feeling field figure finance finger
flight floor flower focus food foot force form fortune foundation frame freedom friend front fruit
fuel function fund future garden gas gate gift girl glass goal god gold government grade grass
ground group growth guest guide guitar hair half hall hand health hearing heat height help highway
hill history hole holiday horse hospital host hotel hour house husband idea image impact income
industry information injury insurance intention internet island issue item job joke journey judge
key kid kitchen knowledge lab lack lady lake land language law leader lesson letter level lie limit
line link list literature loan location loss lunch machine magazine mail maintenance majority
management map marriage match material matter meal meaning measure meat media medicine meeting
member membership menu message metal method middle midnight mind minute mirror mission mistake mix
model moment mood morning mouth move movie museum music name nation nature neck network news
newspaper night noise north note notice object occasion offer officer oil operation opinion
opportunity option order organization owner page pain painting paper parent park part partner
passage passenger past path patient pattern payment peace penalty people period person phone photo
piano picture piece pitch place plan plane plant plate player pleasure pocket poem poet point policy
politics pollution pool population position post potential pound practice preference presence
pressure price pride priority prison problem process product profession professor profit program
progress project promise property proposal protection psychology purpose quality quarter question
race radio rain range rate reaction reading reality reason reception recipe recognition recording
region relation relationship religion reputation request research resident resolution resource
response rest restaurant result return revolution reward rice road rock roof room rule safety salad
salary sale sample satisfaction scale scene science screen sea search seat secretary section sector
security selection sense sentence session setting shape share shirt shock shoe shop side sign
signal silence sister site situation size skill skin sky sleep society software soil soldier
solution sound south space speech speed sport square staff standard state station status step
stock stomach stone strategy street strength stress structure student studio style subject success
sugar suggestion summer sun supermarket support surgery surprise survey system table task taste tax
tea teacher technology telephone television temperature tennis term test text theory thing thought
ticket tone tool tooth topic total touch tourist towel tower trade tradition traffic train training
transportation tree trip trouble truck trust truth tune turn type uncle understanding unit
university user vacation valley value variety vehicle version victim view village virus visit
visitor volume wall war warning wave way wealth weather wedding weight wheel wife window wine wing
winner wish woman wood word work worker writing yard youth""".split()

VERBS = """said says told added explained noted revealed confirmed announced insisted recalled admitted
joked praised called described teased promised hinted shared posted wrote joined signed cast
starred played directed produced wrote filmed shot premiered debuted opened earned grossed topped
dropped released renewed canceled ordered picked greenlit delayed moved shifted returned landed
won lost received scored claimed broke set reached passed followed led faced found left took made
gave brought kept turned showed saw felt knew thought wanted tried began ended started finished
remained became stayed helped built created developed adapted reimagined launched unveiled
""".split()

ADJECTIVES = """new first last final next big major small early late young old original latest upcoming
second third former popular critical commercial strong weak top record global domestic
international local national dark bright quiet loud strange familiar emotional dramatic
surprising shocking long short brief full entire whole hit beloved acclaimed divisive bold
ambitious modest intimate sprawling epic gritty playful tender brutal haunting fresh classic
animated live limited exclusive official private public key real true rare special""".split()

ADVERBS = """reportedly officially finally already recently currently quickly slowly nearly largely
mostly widely quietly openly briefly directly eventually initially previously reportedly""".split()

FIRST = """Ada Alma Amara Anders Annika Arlo Astrid Beatrix Bram Calla Cassius Celeste Corin Dalia
Dashiell Delphine Desmond Edda Elio Elodie Emrys Esme Ezra Fenna Finnian Florian Gideon Greta
Hale Hollis Idris Ilse Imogen Ines Isolde Ivo Jasper Juno Kai Kasimir Leda Leif Linnea Lorcan
Lucian Mabel Maren Marlo Milo Mira Nell Nico Noor Odile Olan Orla Otto Pax Petra Quill Rafe Remy
Rhea Rosalind Rune Saoirse Selah Silas Sol Sorrel Talia Tamsin Teodor Thea Tobias Ulla Vesna
Viggo Wren Xavi Yara Ysolde Zeke Zora Agnes Bastian Cleo Dorian Effie Felix Hugo Iris Jonah
Kit Lena Magnus Nadia Oren Pia Quentin Rosa Sven Tove Una Vito Wilma""".split()

LAST = """Ashgrove Aldane Ambrose Arden Ashworth Bellamy Birchall Blackwood Brightwater Calloway
Carrow Castellan Cinders Colborne Corvid Dalgleish Delacroix Dovecott Drummond Easterbrook Ellery
Fairweather Falconer Farrow Fenwick Fletcher Galloway Garrick Greaves Hallow Hartigan Hawthorne
Holloway Ingram Ives Jessop Kestrel Kilbride Lachance Larkspur Lockhart Lovell Marchbanks Merriweather
Mortlake Nettleton Northcott Oakes Ormsby Pembrook Penhaligon Quarrie Radcliffe Ravenscroft Redfern
Rookwood Saltmarsh Sandoval Sedgwick Shawcross Silverstone Sinclair Stirling Strand Tamsworth
Thackeray Thistlewood Tidewater Tremaine Underhill Vane Varga Wainwright Waverley Whitlock Wilder
Winslow Wolfe Wrenfield Yardley Yew Zeller Abernathy Brisk Coldwell Dunmore Eastwick Frost Grimsby
Haverford Inchbald Jardine Kingsley Loxley Montague Nightingale Ollerton Prescott Quigley Rowntree
Stanhope Trelawney Upton Verity Westmacott""".split()

TITLE_WORDS = """Glass Orchard Vesper Lane Cinderfall Tidewater Saltmarsh Quiet Ninefold Ember Hollow
Crown Harbor Signal North Paper Saints Long Winter Black Meridian Lantern Iron Garden Silver
Static Kingdom Echo Valley Ashes Halcyon Drift Marrow Solstice Gilded Cage Night Shift Lighthouse
Cartographer Undertow Wildfire Parallax Fathom Orbit Tin Star Velvet Riot Paper Moon Copper""".split()

OUTLETS = """Marquee Daily|Backlot Wire|Screenline|Trend Hub|Reel Report|Spotlight Weekly|Green Room
Gazette|Casting Call|Frame Rate|The Premiere Desk""".split("|")
