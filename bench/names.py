"""Word lists for the synthetic data generator: Swedish names, places, organisations and phrases.

Everything here is made up or public reference data (municipalities, counties, public bodies).
Contact data is never real: phone numbers come only from the ranges that the Swedish Post and
Telecom Authority (PTS) reserves for fiction, e-mail addresses only from reserved domains.
"""

from __future__ import annotations

# --- places -------------------------------------------------------------------------

# All 290 municipalities, by county (län). The county key is the county's short name.
MUNICIPALITIES_BY_COUNTY: dict[str, tuple[str, ...]] = {
    "Stockholms län": (
        "Botkyrka", "Danderyd", "Ekerö", "Haninge", "Huddinge", "Järfälla", "Lidingö", "Nacka",
        "Norrtälje", "Nykvarn", "Nynäshamn", "Salem", "Sigtuna", "Sollentuna", "Solna", "Stockholm",
        "Sundbyberg", "Södertälje", "Tyresö", "Täby", "Upplands-Bro", "Upplands Väsby", "Vallentuna",
        "Vaxholm", "Värmdö", "Österåker",
    ),
    "Uppsala län": ("Enköping", "Heby", "Håbo", "Knivsta", "Tierp", "Uppsala", "Älvkarleby", "Östhammar"),
    "Södermanlands län": (
        "Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa",
        "Vingåker",
    ),
    "Östergötlands län": (
        "Boxholm", "Finspång", "Kinda", "Linköping", "Mjölby", "Motala", "Norrköping", "Söderköping",
        "Vadstena", "Valdemarsvik", "Ydre", "Åtvidaberg", "Ödeshög",
    ),
    "Jönköpings län": (
        "Aneby", "Eksjö", "Gislaved", "Gnosjö", "Habo", "Jönköping", "Mullsjö", "Nässjö", "Sävsjö",
        "Tranås", "Vaggeryd", "Vetlanda", "Värnamo",
    ),
    "Kronobergs län": (
        "Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult",
    ),
    "Kalmar län": (
        "Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås", "Mörbylånga", "Nybro",
        "Oskarshamn", "Torsås", "Vimmerby", "Västervik",
    ),
    "Gotlands län": ("Gotland",),
    "Blekinge län": ("Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg"),
    "Skåne län": (
        "Bjuv", "Bromölla", "Burlöv", "Båstad", "Eslöv", "Helsingborg", "Hässleholm", "Höganäs", "Hörby",
        "Höör", "Klippan", "Kristianstad", "Kävlinge", "Landskrona", "Lomma", "Lund", "Malmö", "Osby",
        "Perstorp", "Simrishamn", "Sjöbo", "Skurup", "Staffanstorp", "Svalöv", "Svedala", "Tomelilla",
        "Trelleborg", "Vellinge", "Ystad", "Åstorp", "Ängelholm", "Örkelljunga", "Östra Göinge",
    ),
    "Hallands län": ("Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg"),
    "Västra Götalands län": (
        "Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping",
        "Färgelanda", "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda",
        "Karlsborg", "Kungälv", "Lerum", "Lidköping", "Lilla Edet", "Lysekil", "Mariestad", "Mark",
        "Mellerud", "Munkedal", "Mölndal", "Orust", "Partille", "Skara", "Skövde", "Sotenäs",
        "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro", "Tidaholm", "Tjörn", "Tranemo",
        "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda", "Vänersborg", "Åmål",
        "Öckerö",
    ),
    "Värmlands län": (
        "Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad", "Kil",
        "Kristinehamn", "Munkfors", "Storfors", "Sunne", "Säffle", "Torsby", "Årjäng",
    ),
    "Örebro län": (
        "Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg",
        "Lindesberg", "Ljusnarsberg", "Nora", "Örebro",
    ),
    "Västmanlands län": (
        "Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg", "Sala", "Skinnskatteberg",
        "Surahammar", "Västerås",
    ),
    "Dalarnas län": (
        "Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika", "Malung-Sälen", "Mora",
        "Orsa", "Rättvik", "Smedjebacken", "Säter", "Vansbro", "Älvdalen",
    ),
    "Gävleborgs län": (
        "Bollnäs", "Gävle", "Hofors", "Hudiksvall", "Ljusdal", "Nordanstig", "Ockelbo", "Ovanåker",
        "Sandviken", "Söderhamn",
    ),
    "Västernorrlands län": (
        "Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik",
    ),
    "Jämtlands län": ("Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"),
    "Västerbottens län": (
        "Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå",
        "Sorsele", "Storuman", "Umeå", "Vilhelmina", "Vindeln", "Vännäs", "Åsele",
    ),
    "Norrbottens län": (
        "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna",
        "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
    ),
}

MUNICIPALITIES: tuple[tuple[str, str], ...] = tuple(
    (municipality, county)
    for county, names in MUNICIPALITIES_BY_COUNTY.items()
    for municipality in names
)

# Municipalities that call themselves "stad" (or have another official form).
MUNICIPALITY_ORG_NAMES: dict[str, str] = {
    "Stockholm": "Stockholms stad", "Göteborg": "Göteborgs Stad", "Malmö": "Malmö stad",
    "Helsingborg": "Helsingborgs stad", "Borås": "Borås Stad", "Västerås": "Västerås stad",
    "Solna": "Solna stad", "Lidingö": "Lidingö stad", "Sundbyberg": "Sundbybergs stad",
    "Vaxholm": "Vaxholms stad", "Landskrona": "Landskrona stad", "Haparanda": "Haparanda stad",
    "Trollhättan": "Trollhättans stad", "Mölndal": "Mölndals stad", "Falun": "Falu kommun",
    "Gotland": "Region Gotland",
}

# One region per county (Gotland's municipality is also its region).
REGIONS: tuple[tuple[str, str, str], ...] = (
    ("Region Stockholm", "Stockholm", "Stockholms län"),
    ("Region Uppsala", "Uppsala", "Uppsala län"),
    ("Region Sörmland", "Nyköping", "Södermanlands län"),
    ("Region Östergötland", "Linköping", "Östergötlands län"),
    ("Region Jönköpings län", "Jönköping", "Jönköpings län"),
    ("Region Kronoberg", "Växjö", "Kronobergs län"),
    ("Region Kalmar län", "Kalmar", "Kalmar län"),
    ("Region Blekinge", "Karlskrona", "Blekinge län"),
    ("Region Skåne", "Kristianstad", "Skåne län"),
    ("Region Halland", "Halmstad", "Hallands län"),
    ("Västra Götalandsregionen", "Vänersborg", "Västra Götalands län"),
    ("Region Värmland", "Karlstad", "Värmlands län"),
    ("Region Örebro län", "Örebro", "Örebro län"),
    ("Region Västmanland", "Västerås", "Västmanlands län"),
    ("Region Dalarna", "Falun", "Dalarnas län"),
    ("Region Gävleborg", "Gävle", "Gävleborgs län"),
    ("Region Västernorrland", "Härnösand", "Västernorrlands län"),
    ("Region Jämtland Härjedalen", "Östersund", "Jämtlands län"),
    ("Region Västerbotten", "Umeå", "Västerbottens län"),
    ("Region Norrbotten", "Luleå", "Norrbottens län"),
)

# (name, short name, municipality, kind)
PUBLIC_BODIES: tuple[tuple[str, str | None, str, str], ...] = (
    ("Uppsala universitet", "UU", "Uppsala", "lärosäte/institut"),
    ("Lunds universitet", "LU", "Lund", "lärosäte/institut"),
    ("Göteborgs universitet", "GU", "Göteborg", "lärosäte/institut"),
    ("Stockholms universitet", "SU", "Stockholm", "lärosäte/institut"),
    ("Umeå universitet", "UmU", "Umeå", "lärosäte/institut"),
    ("Linköpings universitet", "LiU", "Linköping", "lärosäte/institut"),
    ("Kungliga Tekniska högskolan", "KTH", "Stockholm", "lärosäte/institut"),
    ("Chalmers tekniska högskola", "Chalmers", "Göteborg", "lärosäte/institut"),
    ("Luleå tekniska universitet", "LTU", "Luleå", "lärosäte/institut"),
    ("Mittuniversitetet", "MIUN", "Sundsvall", "lärosäte/institut"),
    ("Mälardalens universitet", "MDU", "Västerås", "lärosäte/institut"),
    ("Karlstads universitet", "KAU", "Karlstad", "lärosäte/institut"),
    ("Örebro universitet", "ORU", "Örebro", "lärosäte/institut"),
    ("Linnéuniversitetet", "LNU", "Växjö", "lärosäte/institut"),
    ("Malmö universitet", "MAU", "Malmö", "lärosäte/institut"),
    ("Högskolan i Halmstad", "HH", "Halmstad", "lärosäte/institut"),
    ("Högskolan i Borås", "HB", "Borås", "lärosäte/institut"),
    ("Högskolan Väst", "HV", "Trollhättan", "lärosäte/institut"),
    ("Högskolan i Skövde", "HiS", "Skövde", "lärosäte/institut"),
    ("Högskolan Dalarna", "HDa", "Falun", "lärosäte/institut"),
    ("Högskolan i Gävle", "HiG", "Gävle", "lärosäte/institut"),
    ("Blekinge tekniska högskola", "BTH", "Karlskrona", "lärosäte/institut"),
    ("Högskolan Kristianstad", "HKR", "Kristianstad", "lärosäte/institut"),
    ("Södertörns högskola", "SH", "Huddinge", "lärosäte/institut"),
    ("Sveriges lantbruksuniversitet", "SLU", "Uppsala", "lärosäte/institut"),
    ("RISE Research Institutes of Sweden", "RISE", "Borås", "lärosäte/institut"),
    ("IVL Svenska Miljöinstitutet", "IVL", "Stockholm", "lärosäte/institut"),
    ("Statens väg- och transportforskningsinstitut", "VTI", "Linköping", "lärosäte/institut"),
    ("Verket för innovationssystem", "Vinnova", "Stockholm", "myndighet"),
    ("Statens energimyndighet", "Energimyndigheten", "Eskilstuna", "myndighet"),
    ("Forskningsrådet Formas", "Formas", "Stockholm", "myndighet"),
    ("Post- och telestyrelsen", "PTS", "Stockholm", "myndighet"),
    ("Myndigheten för digital förvaltning", "DIGG", "Sundsvall", "myndighet"),
    ("Trafikverket", None, "Borlänge", "myndighet"),
    ("Boverket", None, "Karlskrona", "myndighet"),
    ("Socialstyrelsen", None, "Stockholm", "myndighet"),
    ("E-hälsomyndigheten", None, "Stockholm", "myndighet"),
    ("Lantmäteriet", None, "Gävle", "myndighet"),
    ("Sveriges meteorologiska och hydrologiska institut", "SMHI", "Norrköping", "myndighet"),
    ("Naturvårdsverket", None, "Stockholm", "myndighet"),
    ("Myndigheten för samhällsskydd och beredskap", "MSB", "Karlstad", "myndighet"),
    ("Upphandlingsmyndigheten", None, "Stockholm", "myndighet"),
    ("Tillväxtverket", None, "Stockholm", "myndighet"),
    ("Rymdstyrelsen", None, "Solna", "myndighet"),
    ("Sveriges Kommuner och Regioner", "SKR", "Stockholm", "förening"),
    ("Sveriges Allmännytta", None, "Stockholm", "förening"),
    ("Svenskt Vatten", None, "Stockholm", "förening"),
    ("Avfall Sverige", None, "Malmö", "förening"),
    ("Energiföretagen Sverige", None, "Stockholm", "förening"),
    ("Inera", None, "Stockholm", "företag"),
    ("Adda Inköpscentral", "Adda", "Stockholm", "företag"),
    ("EIT Digital", None, "Stockholm", "internationell"),
    ("Nordic Smart City Network", None, "Stockholm", "internationell"),
    ("FIWARE Foundation", None, "Stockholm", "internationell"),
    ("Open & Agile Smart Cities", "OASC", "Stockholm", "internationell"),
)

# Companies owned by a municipality: "{municipality} Energi AB" and the like.
MUNICIPAL_COMPANY_PATTERNS: tuple[str, ...] = (
    "{m} Energi AB", "{m} Vatten AB", "{m}hem AB", "{m} Stadsnät AB", "{m} Parkering AB",
    "{m} Fastigheter AB", "{m} Renhållning AB", "{m} Hamn AB", "{m} Näringslivsbolag AB",
    "{m} Vatten och Avfall AB",
)

COMPANY_PREFIXES: tuple[str, ...] = (
    "Nordisk", "Svensk", "Norrlands", "Skandinavisk", "Mälardalens", "Västkustens", "Smålands",
    "Bergslagens", "Östgöta", "Sydsvensk", "Dalarnas", "Gotlands", "Jämtlands", "Värmlands",
    "Uppländsk", "Lapplands", "Hallands", "Blekinge", "Norrbottens", "Skånsk",
)
COMPANY_CORES: tuple[str, ...] = (
    "Sensorteknik", "Mätdata", "IoT-lösningar", "Uppkoppling", "Fastighetsdata", "Energiteknik",
    "Vattenteknik", "Trådlös Kommunikation", "Styrsystem", "Digital Infrastruktur", "Välfärdsteknik",
    "Mätteknik", "Datakommunikation", "Automation", "Elektronik", "Miljödata", "Trafikdata",
    "Belysningsteknik", "Larmteknik", "Nätverkslösningar", "Analys", "Systemutveckling",
    "Smarta Hem", "Positionering", "Dataplattformar", "Inbyggda System", "Radioteknik", "Fiberteknik",
)
COMPANY_FORMS: tuple[str, ...] = ("AB", "AB", "AB", "AB", "Aktiebolag", "HB", "Konsult AB", "Sverige AB")

ASSOCIATION_PATTERNS: tuple[str, ...] = (
    "Föreningen Smart {m}", "IoT-föreningen i {c}", "{m} Företagarförening", "Ideella föreningen Digitalt {m}",
    "Föreningen Uppkopplad landsbygd {m}", "Byalaget {m} fiber", "Stiftelsen Innovation {c}",
    "Kommunalförbundet {c}", "Science Park {m}", "{m} Teknikpark",
)

INTERNATIONAL_PATTERNS: tuple[str, ...] = (
    "Nordic {core} Alliance", "European {core} Consortium", "Baltic {core} Network", "{core} Europe Foundation",
)
INTERNATIONAL_CORES: tuple[str, ...] = (
    "IoT", "Smart Cities", "Digital Twins", "Sensor Data", "Open Data", "LoRaWAN", "eHealth", "Water Tech",
)

OTHER_PATTERNS: tuple[str, ...] = (
    "{m} Handelsbolag", "Samverkansgruppen {c}", "Arbetsgruppen IoT {m}", "Projektkontoret {m}",
)

# --- people -------------------------------------------------------------------------

# Common Swedish first names, most common first.
FIRST_NAMES_FEMALE: tuple[str, ...] = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Christina", "Lena", "Emma", "Kerstin", "Malin",
    "Ingrid", "Jenny", "Linda", "Sofia", "Hanna", "Annika", "Marie", "Elin", "Susanne", "Helena",
    "Åsa", "Johanna", "Camilla", "Ulrika", "Cecilia", "Carina", "Maja", "Elisabeth", "Frida", "Ida",
    "Sofie", "Louise", "Monica", "Therese", "Petra", "Anneli", "Ebba", "Matilda", "Elsa", "Ella",
    "Agnes", "Astrid", "Märta", "Britt-Marie", "Gunilla", "Birgitta", "Margareta", "Mikaela", "Nora",
    "Saga", "Alva", "Klara", "Ylva", "Tove", "Lovisa", "Stina", "Åsa-Lena", "Ann-Sofie", "Lisbeth",
    "Agneta", "Inger", "Jessica", "Charlotte", "Josefin", "Amanda", "Moa", "Tilda", "Wilma", "Irén",
    "Rebecka", "Angelica", "Fatima", "Yasmin", "Leila", "Mirjam", "Solveig", "Gunnel", "Barbro", "Siv",
)
FIRST_NAMES_MALE: tuple[str, ...] = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Peter", "Karl", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Mats", "Marcus", "Magnus", "Mattias", "Jonas",
    "Björn", "Niklas", "Martin", "Henrik", "Patrik", "Göran", "Olof", "Nils", "Jörgen", "Håkan",
    "Örjan", "Sören", "Gösta", "Åke", "Bengt", "Leif", "Ulf", "Kjell", "Bo", "Sven",
    "Oskar", "Viktor", "Emil", "Gustav", "Axel", "Hampus", "Linus", "Anton", "Filip", "Sebastian",
    "Rasmus", "Joakim", "Tobias", "Christoffer", "Robin", "Kristoffer", "Jesper", "Ola", "Rickard", "Roger",
    "Tomas", "Pär", "Måns", "Torbjörn", "Ragnar", "Folke", "Gunnar", "Stig", "Arne", "Rolf",
    "Ali", "Mohammed", "Ahmad", "Omar", "Hassan", "Amir", "Josef", "Elias", "Adam", "Noah",
)
# Common Swedish surnames, most common first.
LAST_NAMES: tuple[str, ...] = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
    "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
    "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson",
    "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg",
    "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson",
    "Lundström", "Ahmed", "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren", "Sandström",
    "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren", "Sundberg",
    "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Martinsson", "Öberg",
    "Andreasson", "Strömberg", "Månsson", "Åkesson", "Norberg", "Lindholm", "Dahl", "Jonasson",
    "Öhman", "Östlund", "Ågren", "Åström", "Hägglund", "Höglund", "Söderström", "Sjöström",
    "Bäckström", "Näslund", "Ängström", "Östberg", "Löfström", "Älmqvist", "Rönnberg", "Björkman",
    "Wåhlin", "Grönlund", "Sjölander", "Källström", "Ekelöf", "Härnström", "Mörk", "Brännström",
)

JOB_TITLES: dict[str, tuple[str, ...]] = {
    "kommun": (
        "Digitaliseringsstrateg", "IT-chef", "Verksamhetsutvecklare", "Enhetschef", "Innovationsstrateg",
        "Kommundirektör", "Upphandlare", "Samhällsbyggnadschef", "Miljöstrateg", "Fastighetsförvaltare",
        "Driftstekniker", "Välfärdsteknikstrateg", "Projektledare", "Utvecklingsledare", "Energistrateg",
        "Gatuchef", "VA-ingenjör", "Biståndshandläggare", "Informationssäkerhetssamordnare", "Kommunikatör",
        "Teknisk chef", "Näringslivsutvecklare", "Skolchef", "Enhetschef hemtjänst", "GIS-ingenjör",
    ),
    "region": (
        "Digitaliseringsstrateg", "Regionutvecklare", "Projektledare", "Utvecklingsledare", "Enhetschef",
        "IT-arkitekt", "Verksamhetschef", "Innovationsledare", "Sjuksköterska", "Medicinteknisk ingenjör",
        "Kollektivtrafikstrateg", "Informationssäkerhetsstrateg", "Upphandlare",
    ),
    "myndighet": (
        "Handläggare", "Utredare", "Programansvarig", "Analytiker", "Enhetschef", "Avdelningschef",
        "Jurist", "Samordnare", "Kommunikatör", "Expert digital infrastruktur",
    ),
    "lärosäte/institut": (
        "Professor", "Universitetslektor", "Forskare", "Doktorand", "Forskningsingenjör", "Postdoktor",
        "Innovationsrådgivare", "Biträdande lektor", "Senior forskare", "Projektledare",
    ),
    "företag": (
        "VD", "Affärsutvecklare", "Säljchef", "Systemarkitekt", "IoT-utvecklare", "Teknisk chef",
        "Projektledare", "Konsult", "Kundansvarig", "Produktchef", "Utvecklare", "Lösningsarkitekt",
        "Grundare", "Marknadschef", "Driftansvarig",
    ),
    "förening": (
        "Verksamhetsledare", "Ordförande", "Samordnare", "Projektledare", "Sekreterare", "Kansliansvarig",
    ),
    "internationell": ("Programme Manager", "Project Officer", "Policy Advisor", "Director", "Coordinator"),
    "annan": ("Samordnare", "Projektledare", "Konsult", "Handläggare"),
}
STAFF_TITLES: tuple[str, ...] = (
    "Programchef", "Programstrateg", "Projektkoordinator", "Kommunikatör", "Programhandläggare",
    "Ekonom", "Internationell samordnare",
)

CONTACT_SOURCES: tuple[str, ...] = (
    "Projektansökan", "Årskonferens", "Visitkort", "Webbformulär", "Nätverksmöte", "Slutrapport",
    "Almedalen", "Mässa", "E-post", "Rekommendation",
)

# PTS reserves these numbers for use in fiction (film, TV, books): no subscriber has them.
# (first, last) in national form; every one is checked with phonenumbers before use.
FICTION_MOBILE_RANGES: tuple[tuple[str, str], ...] = (("070-1740605", "070-1740699"),)
FICTION_FIXED_RANGES: tuple[tuple[str, str], ...] = (
    ("08-4650500", "08-4650599"),       # Stockholm
    ("031-3900600", "031-3900699"),     # Göteborg
    ("040-6280400", "040-6280499"),     # Malmö
    ("0980-319200", "0980-319299"),     # Kiruna
)
# Counties whose contacts get the fixed-line range of their own area code.
FIXED_RANGE_BY_COUNTY: dict[str, int] = {
    "Stockholms län": 0, "Uppsala län": 0, "Västra Götalands län": 1, "Hallands län": 1,
    "Skåne län": 2, "Blekinge län": 2, "Norrbottens län": 3,
}

# Reserved for documentation (RFC 2606 / RFC 6761): no mailbox can exist here.
RESERVED_EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.net", "example.org")
RESERVED_TLD = "example"

# --- programme ------------------------------------------------------------------------

NEED_AREAS: tuple[str, ...] = (
    "jämlik hälsa", "trygga offentliga miljöer", "snabbare klimatomställning", "välfärdsteknik",
    "vatten och avlopp", "energieffektiva fastigheter", "hållbar mobilitet", "skola och lärande",
    "samhällsbyggnad", "digital infrastruktur", "cirkulär ekonomi", "landsbygdsutveckling",
)
CALL_THEMES: tuple[str, ...] = (
    "IoT för samhällsnytta i offentlig sektor", "Innovativ IoT i kommuner och regioner",
    "IoT för hållbara städer och samhällen", "Uppkopplad välfärd", "IoT-testbäddar för offentlig sektor",
    "Skalbara IoT-lösningar", "Datadriven samhällsutveckling",
)
CALL_KINDS: tuple[str, ...] = ("Utlysning", "Förberedelseprojekt", "Strategiska projekt")

PROJECT_SUBJECTS: tuple[str, ...] = (
    "vattenförsörjning", "avfallshantering", "hemtjänst", "inomhusklimat i skolor", "trygghetslarm",
    "dagvattenhantering", "snöröjning", "gatubelysning", "parkering", "kollektivtrafik",
    "energiuppföljning", "luftkvalitet", "översvämningsvarning", "fallprevention", "läkemedelshantering",
    "fastighetsförvaltning", "lokalnyttjande", "brandskydd", "badplatser", "cykelräkning",
    "vägunderhåll", "skogsbrandsrisk", "bullermätning", "trafiksäkerhet", "digital tillsyn",
    "vårdboenden", "äldreomsorg", "friluftsliv", "bredbandsutbyggnad", "livsmedelskontroll",
)
# Patterns without adjectives, so that any subject (singular or plural) reads correctly.
PROJECT_PATTERNS: tuple[str, ...] = (
    "Smartare {s} i {m}", "IoT för {s} i {m}", "Sensorer för {s} i {c}", "Uppkoppling av {s} i {m}",
    "Datadriven utveckling av {s}", "Digital tvilling för {s} i {m}", "Regiongemensam IoT för {s}",
    "Framtidens {s} – förstudie i {m}", "LoRaWAN för {s} i {m}", "Öppen plattform för {s}",
    "Testbädd för {s} i {c}", "Skalbar IoT för {s} – {m} och grannkommunerna", "Välfärdsteknik och {s} i {m}",
)

NETWORKS: tuple[tuple[str, str | None, str], ...] = (
    # (name, parent name, description)
    ("Smart City Lab", None, "Stödfunktion och mötesplats för Sveriges kommuner: mjuk digital infrastruktur."),
    ("Leverantörsnätverket", "Smart City Lab", "Dialog mellan kommuner och leverantörer av IoT-lösningar."),
    ("Den digitala resan", "Smart City Lab", "Hur en kommun driver digitaliseringen framåt."),
    ("MIMs-nätverket", "Smart City Lab", "Ramverk och standardisering på internationell nivå."),
    ("Upphandlingsnätverket", "Smart City Lab", "Upphandling av IoT-plattformar och sensorer."),
    ("IoT Forum", None, "Dela och sprida kunskap om innovativ IoT i offentlig sektor."),
    ("Nätverk för välfärdsteknik", None, "Kommuner som inför välfärdsteknik i hemtjänst och boenden."),
    ("Nätverk för smarta vattenlösningar", None, "Mätning och styrning i VA-verksamheter."),
    ("LoRaWAN-nätverket", None, "Erfarenhetsutbyte om LoRaWAN-nät i kommunal regi."),
    ("Nätverk för digitala tvillingar", None, "Digitala tvillingar av städer och fastigheter."),
    ("Fastighetsnätverket IoT", None, "Sensorer för inomhusklimat, energi och lokalnyttjande."),
    ("Öppna data-nätverket", None, "Öppna data från sensorer och plattformar."),
    ("Nätverk för IoT-säkerhet", None, "Informationssäkerhet och cybersäkra IoT-lösningar."),
    ("IoT i skolan", None, "Uppkopplade lärmiljöer och teknikundervisning."),
    ("Nätverk för smart belysning", None, "Styrning av gatubelysning och trygga miljöer."),
    ("Mobilitetsnätverket", None, "Trafikdata, parkering och hållbar mobilitet."),
    ("Miljö- och klimatdatanätverket", None, "Luftkvalitet, buller och klimatanpassning."),
    ("Nätverk för uppkopplad landsbygd", None, "Bredband, LoRa och tjänster utanför tätorterna."),
    ("Nätverk för IoT i hemtjänsten", None, "Digital tillsyn och trygghetslarm."),
)

TAGS: tuple[str, ...] = (
    "välfärdsteknik", "smart stad", "LoRaWAN", "NB-IoT", "5G", "vatten", "energi", "fastigheter",
    "skola", "äldreomsorg", "mobilitet", "upphandling", "öppna data", "digital tvilling", "säkerhet",
    "klimatanpassning", "landsbygd", "testbädd", "plattform", "internationellt", "standardisering",
    "AI", "GDPR", "Almedalen", "årskonferens", "slutrapport", "uppföljning", "nyckelkontakt",
    "styrgrupp", "referensgrupp", "Smart City Lab", "IoT Forum", "skalbarhet", "nyttohemtagning",
)

# --- activities and free text ---------------------------------------------------------

MONTHS: tuple[str, ...] = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)
THINGS: tuple[str, ...] = (
    "sensorer för inomhusklimat", "LoRaWAN-nätet", "uppkopplade vattenmätare", "välfärdsteknik i hemtjänsten",
    "den öppna dataplattformen", "digitala tvillingar", "smarta avfallskärl", "nivågivare i dagvattenbrunnar",
    "fallsensorer", "digitala trygghetslarm", "närvarosensorer i skolor", "energiuppföljning i fastigheter",
    "parkeringssensorer", "trafikräkning", "luftkvalitetsmätning", "IoT-plattformen", "kommunens stadsnät",
    "API:er för välfärdsteknik", "upphandlingsunderlaget", "informationssäkerheten", "uppkopplingen",
    "sensordata", "datadelning mellan kommuner", "testbädden", "pilotinstallationen", "mätpunkterna",
    "batteritiden i sensorerna", "gateways på kommunhuset", "dashboarden", "integrationen mot verksamhetssystemet",
    "kravspecifikationen", "nyttokalkylen", "driftmodellen", "förvaltningsplanen", "dataägarskapet",
)
STEPS: tuple[str, ...] = (
    "ta fram en tidplan", "skicka ut en enkät till verksamheterna", "boka ett uppföljningsmöte",
    "sammanställa erfarenheterna i en rapport", "förankra förslaget i ledningsgruppen",
    "bjuda in fler kommuner", "genomföra en marknadsdialog", "testa två olika sensortyper",
    "revidera budgeten", "kontakta upphandlingsenheten", "dokumentera arkitekturen",
    "planera en workshop med användarna", "utvärdera piloten", "söka medel i nästa utlysning",
)
ROLES_IN_TEXT: tuple[str, ...] = (
    "projektledaren", "IT-avdelningen", "verksamheten", "leverantören", "styrgruppen", "forskarna",
    "hemtjänsten", "fastighetsavdelningen", "VA-enheten", "upphandlaren", "programkontoret",
)
ADJECTIVES: tuple[str, ...] = (
    "positiva", "lovande", "blandade", "tydliga", "oväntade", "goda", "svårtolkade", "intressanta",
)

# Slots: {org} {m} (municipality) {thing} {thing2} {step} {role} {month} {adj} {project}
MINUTES_SENTENCES: tuple[str, ...] = (
    "Mötet inleddes med en kort presentation av {org} och deras arbete med {thing}.",
    "{role} berättade att {thing} har varit i drift sedan {month} och att erfarenheterna hittills är {adj}.",
    "Vi diskuterade hur {thing} kan skalas upp till fler verksamheter i {m}.",
    "Det finns ett stort intresse för {thing2}, men frågan om finansiering är fortfarande öppen.",
    "Projekten i programmet har liknande utmaningar kring {thing} och uppkoppling av äldre fastigheter.",
    "Nästa steg är att {step} innan sommaren.",
    "{role} lyfte att {thing} kräver tydliga rutiner för informationssäkerhet och dataägarskap.",
    "Resultaten från mätningarna är {adj} och behöver analyseras vidare tillsammans med {role}.",
    "Upphandlingen av {thing2} beräknas vara klar i {month}.",
    "Deltagarna enades om att {step} och att återkomma med ett förslag.",
    "Kommunen i {m} vill gärna dela sina erfarenheter av {thing} med andra kommuner i nätverket.",
    "Plattformen ska kunna ta emot data från {thing} utan att verksamheten behöver byta system.",
    "En risk som togs upp är beroendet av en enskild leverantör för {thing2}.",
    "Mötet avslutades med en genomgång av budgeten och tidplanen för {project}.",
    "Det behövs mer kunskap om {thing} hos {role} innan beslut kan fattas.",
    "Välfärdstekniken ska utvärderas tillsammans med brukare och personal under hösten.",
    "Sensorerna har monterats på tolv platser och uppkopplingen fungerar stabilt.",
    "{org} erbjöd sig att {step}.",
)
DESCRIPTION_SENTENCES: tuple[str, ...] = (
    "Projektet ska undersöka hur {thing} kan bidra till en effektivare verksamhet i {m}.",
    "Genom att kombinera {thing} med {thing2} skapas underlag för bättre beslut.",
    "Målet är en skalbar lösning som fler kommuner kan återanvända.",
    "{org} koordinerar arbetet tillsammans med lokala företag och forskare.",
    "Lösningen bygger på öppna standarder och en gemensam IoT-plattform.",
    "Behovet har identifierats av {role} och brukarna själva.",
    "Projektet omfattar kravställning, upphandling, pilotinstallation och utvärdering.",
    "Resultaten sprids via IoT Sveriges nätverk och en öppen slutrapport.",
    "Särskild vikt läggs vid informationssäkerhet, integritet och dataägarskap.",
    "Erfarenheterna från {m} ska ligga till grund för en nationell vägledning om {thing}.",
)
NOTE_SENTENCES: tuple[str, ...] = (
    "Ringde {org} om {thing}; de återkommer i {month}.",
    "Lägesrapporten kom in i tid och visar {adj} resultat.",
    "Bra kontakt, intresserad av {thing} och av att delta i nätverket.",
    "Har bytt roll internt, ansvarar nu för {thing2}.",
    "Påminn om slutrapporten och ekonomisk redovisning.",
    "Vill presentera {thing} på nästa årskonferens.",
    "Oklart vem som äger {thing} efter omorganisationen.",
    "Har frågat om medfinansiering från {org}.",
    "Diskuterade att {step}.",
)
FOLLOW_UP_PATTERNS: tuple[str, ...] = (
    "Skicka underlag om {thing} till {org}", "Boka uppföljningsmöte med {org}", "Återkoppla om {thing2}",
    "Dela presentationen om {thing}", "{step}", "Kontrollera budget för {project}",
    "Bjud in {org} till nätverksträffen", "Sammanfatta mötet och skicka till deltagarna",
)

ACTIVITY_TITLES: dict[str, tuple[str, ...]] = {
    "möte": ("Möte med {org} om {thing}", "Avstämning {project}", "Styrgruppsmöte {project}",
             "Uppstartsmöte med {org}", "Möte om {thing} i {m}"),
    "telefon": ("Samtal med {org} om {thing}", "Telefonavstämning {project}", "Samtal om {thing2}"),
    "e-post": ("E-post: {thing}", "Fråga från {org} om {thing}", "Underlag till {project}"),
    "workshop": ("Workshop: {thing}", "Workshop om {thing} med {org}", "Behovsworkshop i {m}"),
    "seminarium": ("Seminarium om {thing}", "Lunchföreläsning: {thing}", "Seminarium i {m} om {thing2}"),
    "webbinarium": ("Webbinarium: {thing}", "Webbinarium om {thing2} i offentlig sektor"),
    "konferens": ("IoT Sveriges årskonferens {year}", "Projektträff {year}", "Kommunal IoT-dag {year}",
                  "SIP-konferensen {year}", "Almedalen {year}: {thing}"),
    "mässa": ("Smart City Expo {year}", "Vitalis {year}", "Sthlm Tech Live {year}", "H22-mässan i Helsingborg"),
    "fika": ("Digital fika: {thing}", "Fika med {org}", "Nätverksfika i {m}"),
}
ONLINE_PLACES: tuple[str, ...] = ("Microsoft Teams", "Zoom", "Google Meet")
