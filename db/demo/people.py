"""The organisations and people the annual report names, and who works where.

The report names no e-mail addresses, phone numbers or organisationsnummer, so there are none.
"""

from __future__ import annotations

from db.demo.records import HOST, PROGRAMME, Affiliation, Org, Person, only_month

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

ORGANISATION_TAGS: tuple[tuple[str, str], ...] = (("Certezza", "cybersäkerhet"),)
