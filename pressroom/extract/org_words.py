"""Word lists behind the organization name-shape rules (named data, no logic).

Grouped by purpose: institution words that head names, the organization type
they suggest, role titles and sentence words that end a name, possessives that
belong inside names, connectors, and institution-headed names that are places
or events. `org_names` applies them; edit here to tune precision or recall.
"""
from __future__ import annotations

# Institution words: a name whose (last) chunk ends in one of these is an
# organization. Kept to nouns that head organization names far more often
# than place, event or work names (no Museum, Airport, Hospital, Conference).
HEAD_WORDS = frozenset("""
Ministry Ministries Department Commission Committee Council Agency Bureau Office Administration
Secretariat Cabinet Directorate Inspectorate Procuratorate Tribunal Court Authority Board
Parliament Congress Senate Assembly Legislature Chamber Consulate Embassy
University Universities College Institute Institution Academy School Library Libraries
Laboratory Laboratories Lab Observatory Observatories
Organization Organisation Association Federation Confederation Union Party League Alliance
Coalition Society Foundation Fund Forum Trust
Bank Company Corp Corp. Corporation Inc Inc. Ltd Ltd. Co. Group Holdings Holding Industries
Plc plc
Technologies Enterprises Partners Exchange Airlines Airways Motors Pharmaceuticals
Army Navy Police Force Forces Corps Guard Command Brigade Regiment Fleet
Times Post Daily Herald Journal Tribune Gazette Magazine Press Broadcasting Television Radio
Network Studios Pictures Records Orchestra Club Service Services Lines
FC F.C. United
Media Comics Gaming Transit Tours Brotherhood Movement Front
Universidad Universidade Universiteit Universität Université Università Hochschule
Instituto Istituto Institut Académie Academia Conservatoire Bibliothèque Bibliotheek Biblioteca
Fundación Fondation Fondazione Stiftung Partido Parti Partei Banco Banque Compagnie Comité Comisión
Ministerio Ministère
""".split())

# org_type guessed from a shape-found name's institution words (first hit wins,
# in this order: "Communist Party Committee" is a party body, not "other").
HEAD_TYPES: tuple[tuple[str, frozenset[str]], ...] = (
    ("party", frozenset({"Party", "Partido", "Parti", "Partei"})),
    ("legislature", frozenset({"Parliament", "Congress", "Senate", "Assembly", "Legislature"})),
    ("military", frozenset({"Army", "Navy", "Force", "Forces", "Corps", "Guard", "Command", "Brigade",
                            "Regiment", "Fleet"})),
    ("education", frozenset({"University", "Universities", "College", "School", "Academy", "Institute",
                             "Universidad", "Universidade", "Universiteit", "Universität", "Université",
                             "Università", "Hochschule", "Conservatoire", "Académie", "Academia"})),
    ("media", frozenset({"Times", "Post", "Daily", "Herald", "Journal", "Tribune", "Gazette", "Magazine",
                         "Press", "Broadcasting", "Television", "Radio", "Network", "Media", "Comics"})),
    ("company", frozenset({"Bank", "Company", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.",
                           "Co.", "Group", "Holdings", "Holding", "Industries", "Plc", "plc", "Technologies", "Enterprises",
                           "Airlines", "Airways", "Motors", "Pharmaceuticals", "Studios", "Pictures",
                           "Gaming", "Tours", "Banco", "Banque", "Compagnie"})),
    ("government", frozenset({"Ministry", "Ministries", "Department", "Commission", "Bureau", "Office",
                              "Administration", "Agency", "Cabinet", "Court", "Procuratorate", "Police",
                              "Consulate", "Embassy", "Directorate", "Inspectorate", "Authority"})),
    ("ngo", frozenset({"Foundation", "Fund", "Society", "Association", "Federation", "Trust", "Brotherhood",
                       "Fundación", "Fondation", "Fondazione", "Stiftung"})),
)

# Role titles end a run: "NHC Spokesperson Mi Feng" names the NHC, then a person.
TITLE_WORDS = frozenset("""
Spokesperson Spokesman Spokeswoman Spokespersons President Vice Vice-President Premier
Vice-Premier Minister Vice-Minister Chairman Chairwoman Chairperson Chair Director
Director-General Secretary Secretary-General Under-Secretary-General Ambassador Envoy Chief
Head Deputy Professor Prof. Dr. Mr. Mrs. Ms. Researcher Fellow Dean Governor Mayor CEO CFO
Senator Sen. Representative Rep. Gen. Commissioner Consul Counselor Councilor Editor
Editor-in-Chief Reporter Correspondent Analyst Expert Founder Member Lawmaker Judge Captain
Colonel Lieutenant Admiral Sergeant Leader King Queen Prince Princess Pope Officer Official
Officials Chancellor Coach Manager Executive Adviser Advisor Economist Scholar Student
""".split())

# Words before a person's name, without a final dot (`Mr.` is `Mr`, `.` in the tagger's tokens).
# A word the article writes after one of them (`President Barack Obama`,
# `Ms. Lee`) is a person's name wherever else it stands (`Obama carried ...`).
PERSON_TITLES = frozenset("""
Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Rev Sen Rep Gov Prof Gen Col Capt Lt Sgt Adm Cmdr
President Senator Representative Governor Mayor Judge Justice King Queen Prince Princess Pope
Secretary Minister Premier Chancellor Congressman Congresswoman Councilman Councilwoman
""".split())

# Capitalised words that open sentences or clauses, and dates: never part of a name.
STOP_WORDS = frozenset("""
The A An This That These Those In On At By For From With Without To Of And But Or Nor As If
When While After Before During Since Under Over Among Between Through Across Against
According Meanwhile However Also Last Next Earlier Later Then Now Today Yesterday Tomorrow
It He She They We I You His Her Their Our Its My Your Both Each Every All Some Many Most
Several Other Such Former Ex Only Even Still Yet Thus So Why What Which Who Whom Whose Where
Here There Not No Yes Although Though Because Unlike Like Despite Amid Following Including
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June
July August September October November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct.
Nov. Dec.
Carmaker Automaker Chipmaker Drugmaker Retailer Lender Insurer Broadcaster Regulator Watchdog
Newspaper Rival Startup Conglomerate Firm Miner Supermarket Outlet Airline
""".split())

# Possessive words that belong inside names (plural nouns), unlike possessors
# such as "China's" which end a run.
KEEP_POSSESSIVE = frozenset("""
People's Women's Children's Men's Workers' Farmers' Veterans' Writers' Journalists'
Teachers' Employers' Nations' King's Queen's Lawyers' Peasants' Students' Consumers'
""".split())

# Lower-case connectors allowed inside a run; "the" only right after of/for.
CONNECTORS = frozenset({"of", "for", "and", "&", "de", "du", "des", "la", "le", "the"})
COORDINATORS = frozenset({"and", "&"})
# Connectors that open a complement ("Ministry *of* Commerce").
SEGMENT_CONNECTORS = CONNECTORS - COORDINATORS - {"the"}

# Institution words that are as often places ("Johnson Space Center"): heads
# only with a complement ("Center for Strategic Studies").
WEAK_HEADS = frozenset({"Center", "Centre", "Hall", "House"})
# Weak heads that do head their of/for-complement ("Centre for Social Research"),
# unlike "Hall of Fame" or "House of Wax" (places and works).
CENTRE_HEADS = frozenset({"Center", "Centre"})

# Head-first institution words of other languages ("Vrije Universiteit
# Amsterdam", "Banco Santander", "Conservatoire de Paris"): the name goes on
# past them to the end of its chunk.
FOREIGN_HEADS = frozenset("""
Universidad Universidade Universiteit Universität Université Università Hochschule
Instituto Istituto Institut Académie Academia Conservatoire Bibliothèque Bibliotheek Biblioteca
Fundación Fondation Fondazione Stiftung Partido Parti Partei Banco Banque Compagnie Comité Comisión
Ministerio Ministère
""".split())

# Connectors of head-first (Romance) names: "Centre National de la Recherche".
ROMANCE_CONNECTORS = frozenset({"de", "du", "des", "la", "le"})

# Institution words that head a name only as its last word: "Leeds United",
# but not "United Church" or "United Arab Emirates".
TAIL_HEADS = frozenset({"United"})

# Institution-headed names that are places or events, not organizations.
NOT_ORG_NAMES = frozenset("""
Soviet Union|Oval Office|World Trade Center|Party Congress|Times Square|Union Square
|Union Station|Post Office|Kennedy Center|Lincoln Center|Rockefeller Center|Press Conference
|News Conference|National Congress of the Communist Party of China|National Congress of the CPC
|CPC National Congress|Party Congress
""".replace("\n", "").split("|"))

# Nationality descriptors written before a short functional name: "Chinese
# Foreign Ministry", "U.S. State Department". The mention is the name after
# the descriptor (a descriptor is not part of the name, as "China's" is not);
# see `orgs.DESCRIBED_NAME` for which names are trimmed.
NATIONALITY_DESCRIPTORS = frozenset("""
Chinese U.S. US American British UK Japanese Russian Indian French German Italian Spanish
Canadian Australian Korean South-Korean North-Korean Pakistani Iranian Israeli Turkish Saudi
Egyptian Brazilian Mexican Argentine Indonesian Philippine Vietnamese Thai Malaysian
Singaporean Ukrainian Polish Dutch Belgian Swiss Swedish Norwegian Danish Finnish Greek
Nigerian Kenyan Ethiopian Afghan Iraqi Syrian Cuban Venezuelan Colombian Chilean Peruvian
Bangladeshi Nepali Sri Lankan Kazakh Uzbek Mongolian Serbian Hungarian Czech Austrian Irish
Portuguese Romanian Bulgarian Belarusian Lithuanian Latvian Estonian Georgian Armenian
Azerbaijani Qatari Emirati Kuwaiti Jordanian Lebanese Palestinian Libyan Tunisian Algerian
Moroccan Sudanese Cambodian Laotian Myanmar
""".split())

# Intercapped one-word names ("ResearchGate", "JetBlue") are company and
# website names far more often than anything else; these are not (products,
# languages, people with Mac-/Van-/Fitz- surnames are excluded by prefix).
NOT_INTERCAP_NAMES = frozenset("""
PowerPoint PlayStation JavaScript TypeScript CoffeeScript FaceTime SharePoint OneDrive PostScript
YouTuber YouTubers ChatGPT AirPods AirPod HomePod AirDrop AirTag MacBook CinemaScope
SmartPhone SmartPhones CamelCase PhotoShop StarCraft WarCraft SimCity MasterChef MasterClass
BlackBerries DreamLiner ThinkPad ThinkPads PowerBook SpongeBob SuperBowl
""".split())
INTERCAP_PREFIXES = ("Mac", "Van", "Von", "Fitz", "Del", "Della", "Des", "Dos", "Las", "Los", "San", "Sao")

# Plural last words that are not a club's nickname: "Pirates" after "Pittsburgh
# Pirates" is the club, "States" after "United States" is not a short form.
NOT_NICKNAMES = frozenset("""
Affairs Studies Statistics States Sciences Rights Resources Relations Nations Countries Commons
Weapons Unions Straits Settlements Refugees Representatives Ratings Professionals Societies
Systems Communications Networks Electronics Brothers Partners Works Games Sports Islands Emirates
Times News Products Solutions Materials Energies Foods Stores Markets Securities Investments
Brands Chemicals Metals Mines Logistics Dynamics Analytics Economics Politics Affairs Graphics
Labs Friends Families Veterans Americans Democrats Republicans Greens Liberals Conservatives
""".split())

# Heads whose first word alone names the school later ("Stanford University"
# ... "at Stanford"); generic first words ("State University") never do.
SCHOOL_HEADS = frozenset({"University", "College", "School"})
NOT_SCHOOL_SHORT = frozenset("""
State National Normal City Community Open Central Public Royal Imperial Technical Medical Law
Business Art Arts Music Military Naval Polytechnic Catholic Christian International Capital
Teachers Union New Old Grammar High Middle Primary Graduate Summer Sunday Party Free
""".split())
