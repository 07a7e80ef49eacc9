"""The year's activities and events, and the notes the report gives about the programme.

Links are (entity, key, role): the key is a name, a full name or a title of another demo record.
"""

from __future__ import annotations

from db.demo.portfolio import (
    CALL_2021,
    HEMSJUKHUSET,
    IOT_FORUM,
    IOT_IMPLEMENTATION,
    SMART_CITY_LAB,
)
from db.demo.records import (
    CONTACT,
    NETWORK,
    ORG,
    PROGRAMME,
    PROJECT,
    START_OF_YEAR,
    Event,
    NoteData,
    Ref,
    only_month,
    only_quarter,
    only_year,
)


def _speakers(*names: str) -> tuple[Ref, ...]:
    return tuple((CONTACT, name, "talare") for name in names)


def _forum_event(kind: str, title: str, extra_links: tuple[Ref, ...] = (), tags: tuple[str, ...] = ()) -> Event:
    """One of the IoT Forum events the report lists (digital, no date given)."""
    return Event(
        kind, title, START_OF_YEAR,
        f"{title}. Ett av de digitala events (workshops och lunchföreläsningar) som under året genomförts inom "
        "ramen för IoT Forum. " + only_year(),
        online=True, links=((NETWORK, IOT_FORUM, "arrangör"), *extra_links), tags=tags,
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
        online=True, links=((ORG, PROGRAMME, "arrangör"),), tags=("internationalisering",),
    ),
    Event(
        "mässa", "Lansering av Smart City Lab på Sthlm Tech Live", "2022-05-01",
        "Smart City Lab lanserades på mässan Sthlm Tech Live i maj. " + only_month("maj 2022"),
        links=((PROJECT, SMART_CITY_LAB, "ämne"), (NETWORK, SMART_CITY_LAB, "ämne")), tags=("Smart City",),
    ),
    Event(
        "mässa", "H22, internationell stadsmässa", "2022-05-01",
        "Deltagande och presentation av IoT Sverige under H22, en internationell stadsmässa i Helsingborg, maj. "
        + only_month("maj 2022"),
        place="Helsingborg", links=((ORG, PROGRAMME, "talare"),),
    ),
    Event(
        "konferens", "IoT Solutions World Congress 2022", "2022-05-01",
        "Deltagande på IoT Solutions World Congress 2022 i Barcelona, maj. " + only_month("maj 2022"),
        place="Barcelona", links=((ORG, PROGRAMME, "deltagare"),), tags=("internationalisering",),
    ),
    Event(
        "seminarium", ALMEDALEN, START_OF_YEAR,
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
            (ORG, PROGRAMME, "arrangör"),
            (PROJECT, IOT_IMPLEMENTATION, "ämne"),
            *_speakers("Klas Palm", "Camilla Evensson", "Fred Kjellsson",
                       "Sarah Wamala Andersson", "Eva Sahlén", "Richard Hellborg"),
            (CONTACT, "Olle Bergdahl", "moderator"),
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
        ends="2022-09-14", place="Uppsala", attendance=50, links=((ORG, PROGRAMME, "arrangör"),),
    ),
    Event(
        "workshop", "Workshop med Hemsjukhuset 3.0 på Kraftsamling för hållbar precisionshälsa", "2022-09-01",
        "IoT Sverige tillsammans med projektet Hemsjukhuset 3.0 höll en workshop i samband med Vinnovas "
        "konferens Kraftsamling för hållbar precisionshälsa, september. " + only_month("september 2022"),
        links=((ORG, PROGRAMME, "arrangör"), (PROJECT, HEMSJUKHUSET, "arrangör")),
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
        place="Göteborg", links=((ORG, PROGRAMME, "deltagare"),),
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
            (ORG, PROGRAMME, "arrangör"),
            *_speakers("Thomas Nilsson", "Ebba Ljungdahl", "Klas Palm", "Karin Winberg", "Tobias Ander",
                       "Michael Carlberg Lax", "Michael Björn"),
            (CONTACT, "Olle Bergdahl", "moderator"),
            (CONTACT, "Maria Bergenheim", "moderator"),
            (CONTACT, "Kristin Blom", "moderator"),
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
        place="Vinnova (livesändning)", online=True, links=((CONTACT, "Olle Bergdahl", "deltagare"),),
        tags=("välfärdsteknik",),
    ),
    Event(
        "seminarium", "Föreläsning om IoT och programpresentation för ICT Uppsala", "2022-11-01",
        "Föreläsning om IoT och programpresentation för nätverket ICT Uppsala, november. "
        + only_month("november 2022"),
        links=((ORG, PROGRAMME, "talare"), (ORG, "ICT Uppsala", "deltagare")),
    ),
    Event(
        "konferens", "Uppsala Innovation Day", "2022-11-01",
        "Deltagande på Uppsala Innovation Day, november. " + only_month("november 2022"),
        links=((ORG, PROGRAMME, "deltagare"),),
    ),
    Event(
        "konferens", "Internetdagarna", "2022-11-01",
        "Deltagande på konferensen Internetdagarna, november. " + only_month("november 2022"),
        links=((ORG, PROGRAMME, "deltagare"),),
    ),
    Event(
        "konferens", "Digitalisering i människans tjänst", "2022-12-01",
        "Presentation på Västra Götalandsregionens konferens, Digitalisering i människans tjänst, december. "
        + only_month("december 2022"),
        links=((ORG, "Västra Götalandsregionen", "arrangör"), (ORG, PROGRAMME, "talare")),
    ),
    Event(
        "konferens", "SEMIC: Data Spaces in an interoperable Europe", "2022-12-01",
        "Deltagande på EU-konferensen SEMIC: Data Spaces in an interoperable Europe i Bryssel, december. "
        + only_month("december 2022"),
        place="Bryssel", links=((ORG, PROGRAMME, "deltagare"),), tags=("internationalisering",),
    ),
    Event(
        "mässa", "Smart City Expo World Congress", START_OF_YEAR,
        "IoT Sverige deltog på den internationella mässan Smart City World Expo i Barcelona. Det är en av "
        "världens största utställningar och konferens inom området smarta städer. IoT Sverige hade en egen "
        "monter i den Nordiska Paviljongen genom Cleantech Scandinavia och deltog även i flera seminarier. Hela "
        "18 personer deltog i IoT Sveriges delegation, där flera av programmets projekt och samarbetspartners "
        "fanns representerade, till exempel Business Sweden, Smart City Lab och IoT World. (Deltagarantalet 18 "
        "är IoT Sveriges delegation, inte mässans besökare.) " + only_year(),
        place="Barcelona", attendance=18,
        links=(
            (ORG, PROGRAMME, "deltagare"),
            (ORG, "Cleantech Scandinavia", "deltagare"),
            (ORG, "Business Sweden", "deltagare"),
            (ORG, "IoT World", "deltagare"),
            (PROJECT, SMART_CITY_LAB, "deltagare"),
        ),
        tags=("internationalisering", "Smart City"),
    ),
    _forum_event("webbinarium", "Webbinarium om internationalisering", tags=("internationalisering",)),
    _forum_event("workshop", "Workshop om IoT och säkerhet", tags=("cybersäkerhet",)),
    _forum_event("workshop", "Workshop med Smart City Lab", ((PROJECT, SMART_CITY_LAB, "deltagare"),),
                 tags=("Smart City",)),
    _forum_event("seminarium", "Trygga offentliga miljöer – lunchföreläsning med Tryggare Sverige",
                 ((ORG, "Tryggare Sverige", "talare"),)),
    _forum_event("seminarium", "DestinE, jordens digitala tvilling – lunchföreläsning med SMHI och Rymdstyrelsen",
                 ((ORG, "SMHI", "talare"), (ORG, "Rymdstyrelsen", "talare"))),
)

# --- notes ---------------------------------------------------------------------------------------------

NOTES: tuple[NoteData, ...] = (
    NoteData(ORG, PROGRAMME,
             "Lansering av ny hemsida under första kvartalet 2022. Den nya hemsidan ska bland annat bidra till att "
             "lyfta fram IoT Sveriges projekt på ett ännu bättre och mer övergripande sätt. En nyckelsida är den "
             "nya projektportalen som innehåller alla projekt som någonsin finansierats via IoT Sverige. "
             "Ytterligare en nyhet är IoT Sveriges blogg. Den nya webben finns även på engelska, "
             "www.iotsverige.se/en, som en del av satsningen på internationalisering; de engelska sidorna "
             "utvecklas under 2023."),
    NoteData(ORG, PROGRAMME,
             "Under 2022 har totalt nio bloggar publicerats, om alltifrån vikten av att använda internationella "
             "IoT-standarder till utveckling och trendspaning kring smarta städer."),
    NoteData(ORG, PROGRAMME, "Under 2022 har totalt 35 projekt varit pågående inom ramen för IoT Sveriges "
             "finansiering."),
    NoteData(ORG, PROGRAMME,
             "Programkontoret förstärkt 2022: en programstrateg och en projektkoordinator har rekryterats. "
             "Programkontoret är bemannat med 7 personer som tillsammans utgör cirka 4,5 tjänster. De flesta "
             "medarbetarna arbetar deltid på programkontoret och deltid vid Uppsala universitet."),
    NoteData("call", CALL_2021,
             "De nya projekten berör olika delar inom offentlig sektor, flera av dem hälsa och sjukvård. Ett av "
             "projekten undersöker möjligheterna för larmcentraler att nyttja videokommunikation; ett annat berör "
             "företagshälsovården där smarta (uppkopplade) arbetskläder ska användas för att bättre förstå och "
             "förebygga arbetsrelaterade belastningsskador. Projekten drivs från Lund i söder till Pajala i norr."),
    NoteData(NETWORK, IOT_FORUM,
             "Under 2022 har digitala fikastunder genomförts regelbundet inom IoT Forum, för att under "
             "avslappnade former, utan agenda, nätverka och dela erfarenheter."),
)

