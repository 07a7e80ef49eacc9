"""The calls, projects and networks of the annual report.

The 17 projects of the 2021 call are not named in the report: the call holds their counts and
amounts, and no project rows are made up for them.
"""

from __future__ import annotations

from db.demo.records import PROGRAMME, CallData, NetworkData, ProjectData, decided_within, only_quarter

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
