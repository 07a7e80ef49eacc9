"""Demo data: IoT Sverige's year 2022, taken from the programme's annual report.

Everything here is a fact the report states; nothing is invented. Where the report gives only
a month, a quarter or the year, the date is the first day of that period and the record's
text says so. The report names no e-mail addresses, phone numbers or organisationsnummer, so
there are none. The 17 projects of the 2021 call are not named in the report: the call holds
their counts and amounts, and no project rows are made up for them.

    with KnowledgeBase.open("demo.db") as kb:
        counts = create_demo(kb)   # {"organisation": 28, "contact": 21, ...}
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from db import models as m
from db.entities import MAIN_ENTITIES
from db.schema import ENTITY_TABLES

log = logging.getLogger(__name__)

SOURCE = "IoT Sveriges årsrapport 2022"
LEGAL_BASIS = "allmänt intresse"
PROGRAMME = "IoT Sverige"
HOST = "Uppsala universitet"

_START_OF_YEAR = "2022-01-01"


def only_year(year: int = 2022) -> str:
    return f"Rapporten anger inget datum, bara året ({year}); datumet är satt till årets första dag."


def only_quarter(quarter: str) -> str:
    return f"Rapporten anger bara kvartalet ({quarter}); datumet är satt till kvartalets första dag."


def decided_within(quarter: str) -> str:
    return f"Rapporten anger bara kvartalet ({quarter}); beslutsdatumet är satt till kvartalets sista dag."


def only_month(month: str) -> str:
    return f"Rapporten anger bara månaden ({month}); datumet är satt till månadens första dag."


# --- records as plain data ------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    name: str
    kind: str
    notes: str
    short_name: str | None = None
    municipality: str | None = None
    county: str | None = None
    parent: str | None = None  # name of the parent organisation
    website: str | None = None


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    title: str | None = None
    is_staff: bool = False
    notes: str | None = None

    @property
    def key(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Affiliation:
    person: str  # full name
    organisation: str
    role: str | None = None
    from_date: str | None = None
    to_date: str | None = None


@dataclass(frozen=True)
class CallData:
    key: str
    name: str
    year: int
    description: str
    need_areas: tuple[str, ...] = ()
    opens: str | None = None
    closes: str | None = None
    decision_by: str | None = None
    tags: tuple[str, ...] = ()


# A reference to another demo record: (entity, key, role). Keys are names, full names or titles.
Ref = tuple[str, str, str]


@dataclass(frozen=True)
class ProjectData:
    title: str
    kind: str | None
    status: str
    description: str
    coordinator: str | None = None
    parties: tuple[Ref, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class NetworkData:
    name: str
    description: str
    parent: str | None = None
    coordinator: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    kind: str
    title: str
    starts: str
    minutes: str
    ends: str | None = None
    place: str | None = None
    online: bool = False
    attendance: int | None = None
    links: tuple[Ref, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteData:
    entity: str
    key: str
    text: str


# --- organisations -----------------------------------------------------------------------------

ORGANISATIONS: tuple[Org, ...] = (
    Org(HOST, "lärosäte/institut", "Värd för IoT Sverige.", municipality="Uppsala", county="Uppsala län"),
    Org(PROGRAMME, "annan",
        "Internet of Things Sverige, ett av 17 strategiska innovationsprogram (SIP). Finansieras gemensamt "
        "av Vinnova, Energimyndigheten och Formas; Uppsala universitet är värd.",
        website="https://www.iotsverige.se", parent=HOST),
    Org("Vinnova", "myndighet",
        "Finansierar IoT Sverige och övriga strategiska innovationsprogram tillsammans med Energimyndigheten "
        "och Formas. Innovationsagendan för välfärdsteknik är framtagen på uppdrag av Vinnova."),
    Org("Energimyndigheten", "myndighet",
        "Finansierar IoT Sverige och övriga strategiska innovationsprogram tillsammans med Vinnova och Formas."),
    Org("Formas", "myndighet",
        "Finansierar IoT Sverige och övriga strategiska innovationsprogram tillsammans med Vinnova och "
        "Energimyndigheten."),
    Org("RISE", "lärosäte/institut",
        "Tog fram den strategiska innovationsagendan för välfärdsteknik tillsammans med IoT Sverige, "
        "Innovation Skåne, Swelife och Medtech4Health."),
    Org("Innovation Skåne", "företag",
        "Tog fram den strategiska innovationsagendan för välfärdsteknik tillsammans med IoT Sverige, RISE, "
        "Swelife och Medtech4Health."),
    Org("Swelife", "annan",
        "Tog fram den strategiska innovationsagendan för välfärdsteknik tillsammans med IoT Sverige, RISE, "
        "Innovation Skåne och Medtech4Health."),
    Org("Medtech4Health", "annan",
        "Tog fram den strategiska innovationsagendan för välfärdsteknik tillsammans med IoT Sverige, RISE, "
        "Innovation Skåne och Swelife."),
    Org("Inera", "företag",
        "Har drivit det strategiska projektet API:er i välfärdsteknik och beslutat att finansiera en "
        "fortsättning."),
    Org("Sveriges Kommuner och Regioner", "förening", "Kompetenscenter välfärdsteknik finns inom SKR.",
        short_name="SKR"),
    Org("Mälardalens universitet", "lärosäte/institut", "Sarah Wamala Andersson är professor här."),
    Org("Certezza", "företag", "Cybersäkerhetsföretag; två representanter gästade årskonferensen 2022."),
    Org("Eskilstuna kommun", "kommun", "Deltog i panelen om implementering av IoT på årskonferensen 2022.",
        municipality="Eskilstuna", county="Södermanlands län"),
    Org("Örebro kommun", "kommun", "Deltog i panelen om implementering av IoT på årskonferensen 2022.",
        municipality="Örebro", county="Örebro län"),
    Org("Skellefteå kommun", "kommun", "Deltog i panelen om implementering av IoT på årskonferensen 2022.",
        municipality="Skellefteå", county="Västerbottens län"),
    Org("Ericsson", "företag", "Michael Björn avslutade årskonferensen 2022 med en framtidsspaning."),
    Org("Tryggare Sverige", "annan", "Höll lunchföreläsningen Trygga offentliga miljöer inom IoT Forum."),
    Org("SMHI", "myndighet", "Höll lunchföreläsningen om DestinE inom IoT Forum tillsammans med Rymdstyrelsen."),
    Org("Rymdstyrelsen", "myndighet", "Höll lunchföreläsningen om DestinE inom IoT Forum tillsammans med SMHI."),
    Org("Region Jönköpings län", "region",
        "Deltog i upphandlingen av en gemensam IoT-plattform i Jönköpings län.", county="Jönköpings län"),
    Org("Länsstyrelsen i Jönköpings län", "myndighet",
        "Deltog i upphandlingen av en gemensam IoT-plattform i Jönköpings län (rapporten skriver "
        "”Länsstyrelsen”).", county="Jönköpings län"),
    Org("Smartare Elektroniksystem", "annan",
        "Tar fram en handbok för cybersäkra IoT-lösningar tillsammans med IoT Sverige."),
    Org("Business Sweden", "annan", "Representerad i IoT Sveriges delegation på Smart City Expo i Barcelona."),
    Org("Cleantech Scandinavia", "annan",
        "IoT Sverige hade en egen monter i den Nordiska Paviljongen genom Cleantech Scandinavia på Smart City "
        "Expo i Barcelona."),
    Org("IoT World", "annan", "Representerad i IoT Sveriges delegation på Smart City Expo i Barcelona."),
    Org("ICT Uppsala", "annan", "Nätverk; IoT Sverige höll en föreläsning om IoT och programpresentation "
        "för nätverket i november 2022."),
    Org("Västra Götalandsregionen", "region",
        "IoT Sverige presenterade på regionens konferens Digitalisering i människans tjänst i december 2022.",
        county="Västra Götalands län"),
)

# --- people ---------------------------------------------------------------------------------------

STAFF: tuple[Person, ...] = (
    Person("Olle", "Bergdahl", "programchef", True,
           "Tog över som programchef efter Jin Moen i början av 2022. Rapporten anger bara ”i början av "
           "året”; startdatum för rollen är satt till 2022-01-01."),
    Person("Jin", "Moen", None, True,
           "Programchef fram till början av 2022, då Olle Bergdahl tog över (rapporten anger bara ”i början "
           "av året”; slutdatum för rollen är satt till 2022-01-01). Slutade på programkontoret i december "
           "2022. " + only_month("december 2022")),
    Person("Maria", "Bergenheim", None, True, "Modererade årskonferensen 2022."),
    Person("Kristin", "Blom", None, True, "Modererade årskonferensen 2022."),
    Person("Anette", "Persson Stache", None, True),
    Person("Nicolai", "Slotte", None, True,
           "Ersätts av Magnus Fransson, som började i december 2022. Rapporten anger inte när Nicolai Slotte "
           "slutade; slutdatum är satt till 2022-12-01, första dagen i månaden då ersättaren började."),
    Person("Bo", "Baudin", None, True),
    Person("Frida", "Kempe", None, True),
    Person("Magnus", "Fransson", None, True,
           "Började på programkontoret i december 2022 och ersätter Nicolai Slotte. " + only_month("december 2022")),
)

EXTERNAL_PEOPLE: tuple[Person, ...] = (
    Person("Klas", "Palm", "forskare",
           notes="Expert inom systemkomplexa samverkansprocesser för innovativ samhällsförändring. Presenterade "
                 "IoT Implementering i Almedalen och gästade årskonferensen 2022."),
    Person("Camilla", "Evensson", "projektledare",
           notes="Projektledare för arbetet med en strategisk innovationsagenda för välfärdsteknik."),
    Person("Fred", "Kjellsson", "projektledare",
           notes="Projektledare för arbetet med en strategisk innovationsagenda för välfärdsteknik."),
    Person("Sarah", "Wamala Andersson", "professor i hälso- och välfärdsteknik"),
    Person("Eva", "Sahlén", "samordnare för Kompetenscenter välfärdsteknik"),
    Person("Richard", "Hellborg", "områdesansvarig Hållbar precisionshälsa"),
    Person("Thomas", "Nilsson", "medgrundare"),
    Person("Ebba", "Ljungdahl", "jurist"),
    Person("Karin", "Winberg", "kommunstrateg för informationssäkerhet"),
    Person("Tobias", "Ander", "CISO"),
    Person("Michael", "Carlberg Lax", "CIO"),
    Person("Michael", "Björn", None,
           notes="Avslutade årskonferensen 2022 med en framtidsspaning om sinnenas internet."),
)

AFFILIATIONS: tuple[Affiliation, ...] = (
    Affiliation("Olle Bergdahl", PROGRAMME, "programchef", from_date="2022-01-01"),
    Affiliation("Jin Moen", PROGRAMME, "programchef", to_date="2022-01-01"),
    Affiliation("Jin Moen", PROGRAMME, to_date="2022-12-01"),
    Affiliation("Maria Bergenheim", PROGRAMME),
    Affiliation("Kristin Blom", PROGRAMME),
    Affiliation("Anette Persson Stache", PROGRAMME),
    Affiliation("Nicolai Slotte", PROGRAMME, to_date="2022-12-01"),
    Affiliation("Bo Baudin", PROGRAMME),
    Affiliation("Frida Kempe", PROGRAMME),
    Affiliation("Magnus Fransson", PROGRAMME, from_date="2022-12-01"),
    Affiliation("Klas Palm", HOST, "forskare"),
    Affiliation("Camilla Evensson", "RISE", "projektledare"),
    Affiliation("Fred Kjellsson", "Innovation Skåne", "projektledare"),
    Affiliation("Sarah Wamala Andersson", "Mälardalens universitet", "professor i hälso- och välfärdsteknik"),
    Affiliation("Eva Sahlén", "Sveriges Kommuner och Regioner", "samordnare för Kompetenscenter välfärdsteknik"),
    Affiliation("Richard Hellborg", "Vinnova", "områdesansvarig Hållbar precisionshälsa"),
    Affiliation("Thomas Nilsson", "Certezza", "medgrundare"),
    Affiliation("Ebba Ljungdahl", "Certezza", "jurist"),
    Affiliation("Karin Winberg", "Eskilstuna kommun", "kommunstrateg för informationssäkerhet"),
    Affiliation("Tobias Ander", "Örebro kommun", "CISO"),
    Affiliation("Michael Carlberg Lax", "Skellefteå kommun", "CIO"),
    Affiliation("Michael Björn", "Ericsson"),
)

# --- calls -------------------------------------------------------------------------------------------

CALL_2021 = "IoT för samhällsnytta i offentlig sektor"
CALL_2022 = "IoT Sveriges utlysning 2022"

CALLS: tuple[CallData, ...] = (
    CallData(
        CALL_2021, CALL_2021, 2021,
        "IoT Sveriges utlysning 2021, IoT för samhällsnytta i offentlig sektor, riktade sig specifikt till "
        "kommuner och regioner samt deras samverkanspartners. Intresset för utlysningen var stort och "
        "resulterade i sjutton nya projekt, som beviljades finansiering i inledningen av första kvartalet "
        "2022. Innovationsmedlen fördelades på 5 förberedelseprojekt, 7 prototyputvecklingsprojekt och "
        "5 genomförandeprojekt. Den totala budgeten för samtliga nya projekt är cirka 83,5 mkr, varav "
        "37,4 mkr i bidrag från IoT Sverige (krav på minst 50 % medfinansiering av projekten själva). "
        "Rapporten namnger inte de sjutton projekten. Beslutsdatum: " + decided_within("första kvartalet 2022"),
        decision_by="2022-03-31",
        tags=("offentlig sektor",),
    ),
    CallData(
        CALL_2022, CALL_2022, 2022,
        "Årets utlysning fokuserar särskilt på tre behovsområden: jämlik hälsa, trygga offentliga miljöer och "
        "snabbare klimatomställning. IoT Sverige menar att det är tre viktiga områden som berör alla "
        "människor och där IoT kan spela en nyckelroll i att bidra till målet om ett mer jämlikt, hållbart "
        "och tryggt samhälle. Öppnade under kvartal två; stängde den 1 december 2022. Vilka projekt som "
        "beviljas medel avgörs under första kvartalet 2023. Öppningsdatum: " + only_quarter("kvartal två 2022")
        + " Beslutsdatum: " + decided_within("första kvartalet 2023"),
        need_areas=("jämlik hälsa", "trygga offentliga miljöer", "snabbare klimatomställning"),
        opens="2022-04-01", closes="2022-12-01", decision_by="2023-03-31",
    ),
)

# --- projects --------------------------------------------------------------------------------------

SMART_CITY_LAB = "Smart City Lab"
IOT_IMPLEMENTATION = "IoT Implementering"
HEMSJUKHUSET = "Hemsjukhuset 3.0"
JONKOPING = "Regiongemensam IoT i Jönköpings län"
APIS = "API:er i välfärdsteknik"
HANDBOOK = "Handbok för cybersäkra IoT-lösningar"

PROJECTS: tuple[ProjectData, ...] = (
    ProjectData(
        SMART_CITY_LAB, "strategiskt", "pågående",
        "Smart City Lab, IoT Sveriges nya strategiska projekt, är både en stödfunktion för Sveriges kommuner "
        "och en mötesplats för lärande och erfarenheter. Det är en arena för samverkan och standardisering av "
        "mjuk digital infrastruktur. Smart City Lab vill erbjuda en verktygslåda med konkreta modeller och "
        "verktyg. Inom projektet har fyra nätverk startats upp som fokuserar på leverantörer, ”den digitala "
        "resan”, MIMs samt upphandling. Lanserades på mässan Sthlm Tech Live i maj 2022.",
        tags=("Smart City",),
    ),
    ProjectData(
        APIS, "strategiskt", "pågående",
        "Det strategiska projektet API:er i välfärdsteknik startades med syfte att sätta grunderna för "
        "etableringen av ett nationellt arbete med API-specifikationer inom området välfärdsteknik. En av "
        "slutsatserna i projektet är att det behövs en nationell samordning för att kunna nyttja potentialen "
        "med välfärdsteknik fullt ut. Inera, som drivit projektet, har beslutat att finansiera en fortsättning "
        "som redan påbörjats. Målet är att till våren 2023 presentera ett förslag till kommunerna om både "
        "utveckling och förvaltning av en referensarkitektur för välfärdsteknik.",
        coordinator="Inera", parties=(("organisation", "Inera", "koordinator"),),
        tags=("välfärdsteknik",),
    ),
    ProjectData(
        IOT_IMPLEMENTATION, "strategiskt", "pågående",
        "Ett av programmets strategiska projekt. Presenterades av forskaren Klas Palm vid Uppsala universitet "
        "på IoT Sveriges seminarium ”Välfärdsteknik – en kommunal ödesfråga” i Almedalen 2022.",
    ),
    ProjectData(
        JONKOPING, None, "pågående",
        "Under hösten 2022 blev upphandlingen av en gemensam IoT-plattform i Jönköpings län klar; den ingår "
        "som en del i projektet. Den nya plattformen ska skapa förutsättningar för smarta och samhällsnyttiga "
        "IoT-lösningar i regionen och i länets tretton kommuner. Totalt har femtiofem parter deltagit i "
        "upphandlingen: länets tretton kommuner, Region Jönköpings län, Länsstyrelsen samt kommunala bolag "
        "och kommunalförbund. Upphandlingen uppgår till närmare 15 miljoner kronor och har involverat 55 "
        "deltagande beställarorganisationer. God samverkan och dialog har varit ledord för att lyckas. "
        "(Rapporten anger inte projektets budget; 15 mkr är upphandlingens värde.)",
        parties=(("organisation", "Region Jönköpings län", "partner"),
                 ("organisation", "Länsstyrelsen i Jönköpings län", "partner")),
        tags=("upphandling",),
    ),
    ProjectData(
        HEMSJUKHUSET, None, "pågående",
        "Ett av IoT Sveriges projekt. Höll tillsammans med IoT Sverige en workshop i samband med Vinnovas "
        "konferens Kraftsamling för hållbar precisionshälsa i september 2022.",
    ),
    ProjectData(
        HANDBOOK, None, "pågående",
        "Projektet för framtagande av handbok för cybersäkra IoT-lösningar tillsammans med Smartare "
        "Elektroniksystem sattes igång under 2022 (rapporten anger bara året); måldatum för boklansering är "
        "våren 2023.",
        parties=(("organisation", "Smartare Elektroniksystem", "partner"),),
        tags=("cybersäkerhet",),
    ),
)

# --- networks ----------------------------------------------------------------------------------------

IOT_FORUM = "IoT Forum"
SCL_NETWORKS = {
    "leverantörer": f"{SMART_CITY_LAB} – leverantörer",
    "digitala resan": f"{SMART_CITY_LAB} – Den digitala resan",
    "MIMs": f"{SMART_CITY_LAB} – MIMs",
    "upphandling": f"{SMART_CITY_LAB} – upphandling",
}

NETWORKS: tuple[NetworkData, ...] = (
    NetworkData(
        SMART_CITY_LAB,
        "Smart City Lab är både en stödfunktion för Sveriges kommuner och en mötesplats för lärande och "
        "erfarenheter; en arena för samverkan och standardisering av mjuk digital infrastruktur. Inom "
        "projektet har fyra nätverk startats upp.",
        tags=("Smart City",),
    ),
    NetworkData(SCL_NETWORKS["leverantörer"], "Ett av Smart City Labs fyra nätverk; fokuserar på leverantörer.",
                parent=SMART_CITY_LAB),
    NetworkData(SCL_NETWORKS["digitala resan"],
                "Ett av Smart City Labs fyra nätverk; fokuserar på ”den digitala resan” (hur driver en kommun "
                "digitaliseringen framåt).", parent=SMART_CITY_LAB),
    NetworkData(SCL_NETWORKS["MIMs"],
                "Ett av Smart City Labs fyra nätverk; fokuserar på MIMs (ramverk och standardisering på "
                "internationell nivå).", parent=SMART_CITY_LAB),
    NetworkData(SCL_NETWORKS["upphandling"], "Ett av Smart City Labs fyra nätverk; fokuserar på upphandling.",
                parent=SMART_CITY_LAB, tags=("upphandling",)),
    NetworkData(
        IOT_FORUM,
        "IoT Forum är en satsning (som lanserades på IoT Sveriges årskonferens 2021) med målet att bidra till "
        "att både dela och sprida kunskap kring arbetet med innovativ IoT inom offentlig sektor. IoT Sveriges "
        "blogg ingår som en del av IoT Forum-satsningen, liksom fysiska arrangemang som seminarier och "
        "workshops.",
        coordinator=PROGRAMME,
    ),
)

# --- activities and events -------------------------------------------------------------------------

_ORG, _CONTACT, _PROJECT, _NETWORK = "organisation", "contact", "project", "network"


def _speakers(*names: str) -> tuple[Ref, ...]:
    return tuple((_CONTACT, name, "talare") for name in names)


def _forum_event(kind: str, title: str, extra_links: tuple[Ref, ...] = (), tags: tuple[str, ...] = ()) -> Event:
    """One of the IoT Forum events the report lists (digital, no date given)."""
    return Event(
        kind, title, _START_OF_YEAR,
        f"{title}. Ett av de digitala events (workshops och lunchföreläsningar) som under året genomförts inom "
        "ramen för IoT Forum. " + only_year(),
        online=True, links=((_NETWORK, IOT_FORUM, "arrangör"), *extra_links), tags=tags,
    )


ALMEDALEN = "Välfärdsteknik – en kommunal ödesfråga"
ANNUAL_CONFERENCE = "IoT Sveriges årskonferens 2022"
PROJECT_MEETING = "Projektträff för programmets pågående projekt"

EVENTS: tuple[Event, ...] = (
    Event(
        "möte", "Upptaktsträff om internationalisering", "2022-01-01",
        "En första upptaktsträff kring internationalisering genomfördes digitalt under första kvartalet. IoT "
        "Sverige presenterade sin strategi för de projekt som deltog och de fick även ge synpunkter och komma "
        "med idéer på möjliga vägar framåt när det gäller internationaliseringsarbetet. "
        + only_quarter("första kvartalet 2022"),
        online=True, links=((_ORG, PROGRAMME, "arrangör"),), tags=("internationalisering",),
    ),
    Event(
        "mässa", "Lansering av Smart City Lab på Sthlm Tech Live", "2022-05-01",
        "Smart City Lab lanserades på mässan Sthlm Tech Live i maj. " + only_month("maj 2022"),
        links=((_PROJECT, SMART_CITY_LAB, "ämne"), (_NETWORK, SMART_CITY_LAB, "ämne")), tags=("Smart City",),
    ),
    Event(
        "mässa", "H22, internationell stadsmässa", "2022-05-01",
        "Deltagande och presentation av IoT Sverige under H22, en internationell stadsmässa i Helsingborg, maj. "
        + only_month("maj 2022"),
        place="Helsingborg", links=((_ORG, PROGRAMME, "talare"),),
    ),
    Event(
        "konferens", "IoT Solutions World Congress 2022", "2022-05-01",
        "Deltagande på IoT Solutions World Congress 2022 i Barcelona, maj. " + only_month("maj 2022"),
        place="Barcelona", links=((_ORG, PROGRAMME, "deltagare"),), tags=("internationalisering",),
    ),
    Event(
        "seminarium", ALMEDALEN, _START_OF_YEAR,
        "IoT Sverige har ett stort engagemang inom området välfärdsteknik och arrangerade under årets "
        "Almedalsvecka seminariet ”Välfärdsteknik – en kommunal ödesfråga”. Ett av programmets strategiska "
        "projekt IoT Implementering presenterades av forskaren Klas Palm vid Uppsala universitet. Vidare "
        "presenterades arbetet med en strategisk innovationsagenda för välfärdsteknik av projektledarna Camilla "
        "Evensson på RISE och Fred Kjellsson, projektledare på Innovation Skåne. Efter de två inledande "
        "presentationerna hölls ett panelsamtal om hälso- och välfärdsteknik mellan Sarah Wamala Andersson, "
        "professor i hälso- och välfärdsteknik vid Mälardalens universitet, Eva Sahlén, samordnare för "
        "Kompetenscenter välfärdsteknik (SKR) och Richard Hellborg, områdesansvarig Hållbar Precisionshälsa "
        "(Vinnova). Seminariet var välbesökt och modererades av IoT Sveriges programchef Olle Bergdahl. "
        "Ytterligare nätverkande och deltagande i andra organisationers evenemang genomfördes av IoT Sveriges "
        "programkontorspersonal under Almedalsveckan. Rapporten anger inget datum, bara ”årets Almedalsvecka” "
        "(2022); datumet är satt till årets första dag.",
        place="Almedalen",
        links=(
            (_ORG, PROGRAMME, "arrangör"),
            (_PROJECT, IOT_IMPLEMENTATION, "ämne"),
            *_speakers("Klas Palm", "Camilla Evensson", "Fred Kjellsson",
                       "Sarah Wamala Andersson", "Eva Sahlén", "Richard Hellborg"),
            (_CONTACT, "Olle Bergdahl", "moderator"),
        ),
        tags=("välfärdsteknik",),
    ),
    Event(
        "möte", PROJECT_MEETING, "2022-09-13",
        "Det tredje kvartalet inleddes med en projektträff för programmets pågående projekt. Totalt samlades "
        "drygt 50 representanter för cirka 30 olika IoT-projekt i Uppsala den 13–14 september. Agendan för "
        "dagarna var utformad med olika typer av samtals- och erfarenhetsutbytesövningar. Målet med "
        "projektträffen var att ses och utbyta kunskap och erfarenheter. Programkontoret fick mycket positiv "
        "respons från de projekt som deltog i en utvärderingsenkät som skickades ut efteråt. En slutsats är att "
        "det finns ett uppdämt behov av att åter träffas fysiskt efter flera års restriktioner på grund av "
        "pandemin. (Deltagarantalet 50 är rapportens ”drygt 50”.)",
        ends="2022-09-14", place="Uppsala", attendance=50, links=((_ORG, PROGRAMME, "arrangör"),),
    ),
    Event(
        "workshop", "Workshop med Hemsjukhuset 3.0 på Kraftsamling för hållbar precisionshälsa", "2022-09-01",
        "IoT Sverige tillsammans med projektet Hemsjukhuset 3.0 höll en workshop i samband med Vinnovas "
        "konferens Kraftsamling för hållbar precisionshälsa, september. " + only_month("september 2022"),
        links=((_ORG, PROGRAMME, "arrangör"), (_PROJECT, HEMSJUKHUSET, "arrangör")),
    ),
    Event(
        "konferens", "SIP-konferensen 2022", "2022-09-01",
        "Vid den årliga SIP-konferensen som ägde rum i Göteborg i september deltog större delen av "
        "programkontoret. En av punkterna på agendan handlade om nästa generations SIPar, Impact Innovation. "
        "Målsättningen med Impact Innovation, framtidens innovationsprogram, är att växla upp omställningen "
        "till ett hållbart samhälle som stärker Sveriges globala konkurrenskraft. Arbetssättet kommer att bli "
        "missionsorienterat och troligtvis innebära större konstellationer av aktörer som tillsammans driver "
        "gemensamma frågor. IoT Sverige har inte ansökt om förberedelseprojekt för detta men fortsätter att "
        "delta genom att ha en aktiv dialog med övriga SIPar och andra aktörer. " + only_month("september 2022"),
        place="Göteborg", links=((_ORG, PROGRAMME, "deltagare"),),
    ),
    Event(
        "konferens", ANNUAL_CONFERENCE, "2022-10-27",
        "Årskonferensen sändes live från Uppsala slott den 27 oktober. Årets konferens fokuserade på två "
        "huvudspår, ett kring cybersäkerhet och ett om implementering av IoT. Inbjudna gäster för att samtala "
        "kring cybersäkerhet var två representanter för cybersäkerhetsföretaget Certezza, medgrundaren Thomas "
        "Nilsson och Ebba Ljungdahl, jurist på Certezza. Det andra fokusområdet, implementering av IoT, "
        "gästades av Klas Palm, forskare på Uppsala universitet och expert inom systemkomplexa "
        "samverkansprocesser för innovativ samhällsförändring. Övriga paneldeltagare i diskussionen om "
        "implementering av IoT var Karin Winberg, kommunstrateg för informationssäkerhet på Eskilstuna kommun, "
        "Tobias Ander, CISO på Örebro kommun och Michael Carlberg Lax, CIO på Skellefteå kommun. "
        "Årskonferensen modererades av Olle Bergdahl, Maria Bergenheim och Kristin Blom på IoT Sveriges "
        "programkontor. Konferensen avslutades med en framtidsspaning om sinnenas internet av Michael Björn på "
        "Ericsson. Totalt 175 personer deltog digitalt. Årskonferensen spelades in och en textad version finns "
        "på IoT Sveriges YouTube-kanal.",
        place="Uppsala slott", online=True, attendance=175,
        links=(
            (_ORG, PROGRAMME, "arrangör"),
            *_speakers("Thomas Nilsson", "Ebba Ljungdahl", "Klas Palm", "Karin Winberg", "Tobias Ander",
                       "Michael Carlberg Lax", "Michael Björn"),
            (_CONTACT, "Olle Bergdahl", "moderator"),
            (_CONTACT, "Maria Bergenheim", "moderator"),
            (_CONTACT, "Kristin Blom", "moderator"),
        ),
        tags=("cybersäkerhet",),
    ),
    Event(
        "webbinarium", "Lansering av innovationsagendan för välfärdsteknik", "2022-10-01",
        "Sverige kan bli ledande när det gäller utveckling, tillgång och nyttjande av välfärdsteknik. Det slås "
        "fast i en helt ny innovationsagenda för välfärdsteknik som tagits fram av IoT Sverige tillsammans med "
        "RISE, Innovation Skåne, Swelife och Medtech4Health, på uppdrag av Vinnova. Agendan är även ett inspel "
        "till regeringens nationella strategi för life science, där välfärdsteknik är ett av åtta "
        "prioriteringsområden. Lanseringen av agendan gjordes under kvartal fyra i en livesändning från Vinnova "
        "med teckenspråkstolk och simultantextning. Olle Bergdahl från IoT Sverige deltog. "
        + only_quarter("kvartal fyra 2022"),
        place="Vinnova (livesändning)", online=True, links=((_CONTACT, "Olle Bergdahl", "deltagare"),),
        tags=("välfärdsteknik",),
    ),
    Event(
        "seminarium", "Föreläsning om IoT och programpresentation för ICT Uppsala", "2022-11-01",
        "Föreläsning om IoT och programpresentation för nätverket ICT Uppsala, november. "
        + only_month("november 2022"),
        links=((_ORG, PROGRAMME, "talare"), (_ORG, "ICT Uppsala", "deltagare")),
    ),
    Event(
        "konferens", "Uppsala Innovation Day", "2022-11-01",
        "Deltagande på Uppsala Innovation Day, november. " + only_month("november 2022"),
        links=((_ORG, PROGRAMME, "deltagare"),),
    ),
    Event(
        "konferens", "Internetdagarna", "2022-11-01",
        "Deltagande på konferensen Internetdagarna, november. " + only_month("november 2022"),
        links=((_ORG, PROGRAMME, "deltagare"),),
    ),
    Event(
        "konferens", "Digitalisering i människans tjänst", "2022-12-01",
        "Presentation på Västra Götalandsregionens konferens, Digitalisering i människans tjänst, december. "
        + only_month("december 2022"),
        links=((_ORG, "Västra Götalandsregionen", "arrangör"), (_ORG, PROGRAMME, "talare")),
    ),
    Event(
        "konferens", "SEMIC: Data Spaces in an interoperable Europe", "2022-12-01",
        "Deltagande på EU-konferensen SEMIC: Data Spaces in an interoperable Europe i Bryssel, december. "
        + only_month("december 2022"),
        place="Bryssel", links=((_ORG, PROGRAMME, "deltagare"),), tags=("internationalisering",),
    ),
    Event(
        "mässa", "Smart City Expo World Congress", _START_OF_YEAR,
        "IoT Sverige deltog på den internationella mässan Smart City World Expo i Barcelona. Det är en av "
        "världens största utställningar och konferens inom området smarta städer. IoT Sverige hade en egen "
        "monter i den Nordiska Paviljongen genom Cleantech Scandinavia och deltog även i flera seminarier. Hela "
        "18 personer deltog i IoT Sveriges delegation, där flera av programmets projekt och samarbetspartners "
        "fanns representerade, till exempel Business Sweden, Smart City Lab och IoT World. (Deltagarantalet 18 "
        "är IoT Sveriges delegation, inte mässans besökare.) " + only_year(),
        place="Barcelona", attendance=18,
        links=(
            (_ORG, PROGRAMME, "deltagare"),
            (_ORG, "Cleantech Scandinavia", "deltagare"),
            (_ORG, "Business Sweden", "deltagare"),
            (_ORG, "IoT World", "deltagare"),
            (_PROJECT, SMART_CITY_LAB, "deltagare"),
        ),
        tags=("internationalisering", "Smart City"),
    ),
    _forum_event("webbinarium", "Webbinarium om internationalisering", tags=("internationalisering",)),
    _forum_event("workshop", "Workshop om IoT och säkerhet", tags=("cybersäkerhet",)),
    _forum_event("workshop", "Workshop med Smart City Lab", ((_PROJECT, SMART_CITY_LAB, "deltagare"),),
                 tags=("Smart City",)),
    _forum_event("seminarium", "Trygga offentliga miljöer – lunchföreläsning med Tryggare Sverige",
                 ((_ORG, "Tryggare Sverige", "talare"),)),
    _forum_event("seminarium", "DestinE, jordens digitala tvilling – lunchföreläsning med SMHI och Rymdstyrelsen",
                 ((_ORG, "SMHI", "talare"), (_ORG, "Rymdstyrelsen", "talare"))),
)

# --- notes ---------------------------------------------------------------------------------------------

NOTES: tuple[NoteData, ...] = (
    NoteData(_ORG, PROGRAMME,
             "Lansering av ny hemsida under första kvartalet 2022. Den nya hemsidan ska bland annat bidra till att "
             "lyfta fram IoT Sveriges projekt på ett ännu bättre och mer övergripande sätt. En nyckelsida är den "
             "nya projektportalen som innehåller alla projekt som någonsin finansierats via IoT Sverige. "
             "Ytterligare en nyhet är IoT Sveriges blogg. Den nya webben finns även på engelska, "
             "www.iotsverige.se/en, som en del av satsningen på internationalisering; de engelska sidorna "
             "utvecklas under 2023."),
    NoteData(_ORG, PROGRAMME,
             "Under 2022 har totalt nio bloggar publicerats, om alltifrån vikten av att använda internationella "
             "IoT-standarder till utveckling och trendspaning kring smarta städer."),
    NoteData(_ORG, PROGRAMME, "Under 2022 har totalt 35 projekt varit pågående inom ramen för IoT Sveriges "
             "finansiering."),
    NoteData(_ORG, PROGRAMME,
             "Programkontoret förstärkt 2022: en programstrateg och en projektkoordinator har rekryterats. "
             "Programkontoret är bemannat med 7 personer som tillsammans utgör cirka 4,5 tjänster. De flesta "
             "medarbetarna arbetar deltid på programkontoret och deltid vid Uppsala universitet."),
    NoteData("call", CALL_2021,
             "De nya projekten berör olika delar inom offentlig sektor, flera av dem hälsa och sjukvård. Ett av "
             "projekten undersöker möjligheterna för larmcentraler att nyttja videokommunikation; ett annat berör "
             "företagshälsovården där smarta (uppkopplade) arbetskläder ska användas för att bättre förstå och "
             "förebygga arbetsrelaterade belastningsskador. Projekten drivs från Lund i söder till Pajala i norr."),
    NoteData(_NETWORK, IOT_FORUM,
             "Under 2022 har digitala fikastunder genomförts regelbundet inom IoT Forum, för att under "
             "avslappnade former, utan agenda, nätverka och dela erfarenheter."),
)

ORGANISATION_TAGS: tuple[tuple[str, str], ...] = (("Certezza", "cybersäkerhet"),)


# --- writing ---------------------------------------------------------------------------------------------


class _DemoWriter:
    """Writes the demo records and remembers their ids by (entity, key)."""

    def __init__(self, kb) -> None:
        self.kb = kb
        self.ids: dict[tuple[str, str], str] = {}
        self.counts: Counter[str] = Counter()

    def save(self, entity: str, key: str | None, record: m.Record) -> str:
        saved = self.kb.service(entity).create(record)
        for warning in saved.warnings:
            log.warning("demo %s %r: %s", entity, key, warning)
        self.counts[entity] += 1
        if key is not None:
            if (entity, key) in self.ids:
                raise ValueError(f"demo data names two {entity} records '{key}'")
            self.ids[(entity, key)] = saved.record.id
        return saved.record.id

    def id_of(self, entity: str, key: str | None) -> str | None:
        if key is None:
            return None
        try:
            return self.ids[(entity, key)]
        except KeyError:
            raise ValueError(f"demo data refers to an unknown {entity} '{key}'") from None

    def tag(self, entity: str, key: str, name: str) -> None:
        if self.kb.tags.by_name(name) is None:
            self.counts["tag"] += 1
        self.kb.tags.tag(entity, self.id_of(entity, key), name)
        self.counts["tagging"] += 1

    def note(self, entity: str, key: str, text: str) -> None:
        self.kb.notes.add(entity, self.id_of(entity, key), text)
        self.counts["note"] += 1


def _write_organisations(w: _DemoWriter) -> None:
    for org in ORGANISATIONS:
        w.save(_ORG, org.name, m.Organisation(
            name=org.name, short_name=org.short_name, kind=org.kind, website=org.website,
            municipality=org.municipality, county=org.county, parent_id=w.id_of(_ORG, org.parent),
            notes=f"{org.notes} (Källa: {SOURCE}.)"))
    for name, tag in ORGANISATION_TAGS:
        w.tag(_ORG, name, tag)


def _write_people(w: _DemoWriter) -> None:
    for person in (*STAFF, *EXTERNAL_PEOPLE):
        w.save(_CONTACT, person.key, m.Contact(
            first_name=person.first_name, last_name=person.last_name, title=person.title,
            is_staff=person.is_staff, notes=person.notes, legal_basis=LEGAL_BASIS, source=SOURCE))
    for aff in AFFILIATIONS:
        w.save("affiliation", None, m.Affiliation(
            contact_id=w.id_of(_CONTACT, aff.person), organisation_id=w.id_of(_ORG, aff.organisation),
            role=aff.role, from_date=aff.from_date, to_date=aff.to_date))


def _write_calls(w: _DemoWriter) -> None:
    for call in CALLS:
        w.save("call", call.key, m.Call(
            name=call.name, year=call.year, need_areas=list(call.need_areas), opens=call.opens,
            closes=call.closes, decision_by=call.decision_by, description=call.description))
        for tag in call.tags:
            w.tag("call", call.key, tag)


def _link_target(w: _DemoWriter, ref: Ref) -> dict[str, str | None]:
    entity, key, _role = ref
    return {f"{entity}_id": w.id_of(entity, key)}


def _write_projects(w: _DemoWriter) -> None:
    for project in PROJECTS:
        w.save(_PROJECT, project.title, m.Project(
            title=project.title, kind=project.kind, status=project.status, description=project.description,
            coordinator_id=w.id_of(_ORG, project.coordinator)))
        for ref in project.parties:
            w.save("project_party", None, m.ProjectParty(
                project_id=w.id_of(_PROJECT, project.title), role=ref[2], **_link_target(w, ref)))
        for tag in project.tags:
            w.tag(_PROJECT, project.title, tag)


def _write_networks(w: _DemoWriter) -> None:
    for network in NETWORKS:
        w.save(_NETWORK, network.name, m.Network(
            name=network.name, description=network.description, parent_id=w.id_of(_NETWORK, network.parent),
            coordinator_id=w.id_of(_ORG, network.coordinator)))
        for tag in network.tags:
            w.tag(_NETWORK, network.name, tag)


def _write_events(w: _DemoWriter) -> None:
    for event in EVENTS:
        activity_id = w.save("activity", event.title, m.Activity(
            kind=event.kind, title=event.title, starts=event.starts, ends=event.ends, place=event.place,
            online=event.online, attendance=event.attendance, minutes=event.minutes, logged_by=w.kb.user))
        for ref in event.links:
            w.save("activity_link", None, m.ActivityLink(activity_id=activity_id, role=ref[2],
                                                         **_link_target(w, ref)))
        for tag in event.tags:
            w.tag("activity", event.title, tag)


def _write_notes(w: _DemoWriter) -> None:
    for note in NOTES:
        w.note(note.entity, note.key, note.text)


def _existing_records(kb) -> dict[str, int]:
    found = {}
    for entity in MAIN_ENTITIES:
        count = kb.service(entity).count(deleted="include")
        if count:
            found[entity] = count
    return found


def create_demo(kb) -> dict[str, int]:
    """Fill an empty knowledge base with the 2022 annual report's facts, in one transaction.

    Returns the number of records created per entity type. Raises ValueError, writing
    nothing, when the knowledge base already holds records.
    """
    existing = _existing_records(kb)
    if existing:
        listed = ", ".join(f"{count} {entity}" for entity, count in existing.items())
        raise ValueError(f"the demo data goes into an empty knowledge base; this one already holds {listed}")
    writer = _DemoWriter(kb)
    with kb.batch():
        _write_organisations(writer)
        _write_people(writer)
        _write_calls(writer)
        _write_projects(writer)
        _write_networks(writer)
        _write_events(writer)
        _write_notes(writer)
    counts = {table: writer.counts[table] for table in ENTITY_TABLES if writer.counts[table]}
    log.info("demo data created: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
    return counts
