"""Swedish for finding duplicates, merging and undoing (merged into sv_strings.SV): the dialogs
(DuplicatesDialog, MergeDialog, UndoOffer) and the texts of db/dedupe's and db/undo.py's codes
(desktop/messages/dedupe.py), with the demo data's (desktop/messages/demo.py).

Short, generic words are keyed by (context, source) so that another feature's Swedish for the
same English word cannot change these.
"""

SV: dict[str | tuple[str, str], str] = {
    # --- duplicates (DuplicatesDialog) -------------------------------------------------------------
    "Find duplicates": "Hitta dubbletter",
    ("DuplicatesDialog", "Record type"): "Posttyp",
    "&Look among:": "&Leta bland:",
    ("DuplicatesDialog", "&Merge…"): "&Slå ihop…",
    "&Search again": "Sök &igen",
    ("DuplicatesDialog", "Close"): "Stäng",
    "Certain pairs (the same e-mail, phone or organisation number) come first. Double-click a pair to compare "
    "and merge the two records.":
        "Säkra par (samma e-postadress, telefonnummer eller organisationsnummer) visas först. Dubbelklicka på "
        "ett par för att jämföra och slå ihop de två posterna.",
    ("DuplicatesDialog", "Record"): "Post",
    "Other record": "Andra posten",
    ("DuplicatesDialog", "Reason"): "Orsak",
    ("DuplicatesDialog", "Score"): "Likhet",
    "Looking for duplicates…": "Letar efter dubbletter…",
    ("DuplicatesDialog", "%1 pairs"): "%1 par",
    ("DuplicatesDialog", "1 pair"): "1 par",
    "No duplicates found.": "Inga dubbletter hittades.",
    ("DuplicatesDialog", "certain"): "säker",
    ("DuplicatesDialog", "possible"): "möjlig",
    ("DuplicatesDialog", "Certainty"): "Bedömning",
    "The search failed: %1": "Sökningen misslyckades: %1",

    # --- merge (MergeDialog, UndoOffer) ------------------------------------------------------------
    "1 organisation link": "1 organisationskoppling",
    "%1 organisation links": "%1 organisationskopplingar",
    "1 contact link": "1 kontaktkoppling",
    "%1 contact links": "%1 kontaktkopplingar",
    ("MergeDialog", "1 project"): "1 projekt",
    ("MergeDialog", "%1 projects"): "%1 projekt",
    ("MergeDialog", "1 network"): "1 nätverk",
    ("MergeDialog", "%1 networks"): "%1 nätverk",
    ("MergeDialog", "1 activity"): "1 aktivitet",
    ("MergeDialog", "%1 activities"): "%1 aktiviteter",
    ("MergeDialog", "1 note"): "1 anteckning",
    ("MergeDialog", "%1 notes"): "%1 anteckningar",
    ("MergeDialog", "1 follow-up"): "1 uppföljning",
    ("MergeDialog", "%1 follow-ups"): "%1 uppföljningar",
    ("MergeDialog", "1 tag"): "1 tagg",
    ("MergeDialog", "%1 tags"): "%1 taggar",
    "Merge contacts": "Slå ihop kontakter",
    "Merge organisations": "Slå ihop organisationer",
    "Choose what the merged record keeps. Activities, notes, links and tags of both records end up on the kept "
    "one; the other one is deleted.":
        "Välj vad den sammanslagna posten ska behålla. Aktiviteter, anteckningar, kopplingar och taggar från båda "
        "posterna hamnar på den som behålls; den andra tas bort.",
    "Type a name to find the other record…": "Skriv ett namn för att hitta den andra posten…",
    "The record to merge with": "Posten att slå ihop med",
    "Merge with:": "Slå ihop med:",
    ("MergeDialog", "&Merge"): "&Slå ihop",
    "Find the record to merge %1 with.": "Hitta posten som %1 ska slås ihop med.",
    "Keep %1": "Behåll %1",
    "created %1": "skapad %1",
    "(empty)": "(tomt)",
    ("MergeDialog", "Both"): "Båda",
    "Linked to": "Kopplad till",
    "%1 is kept; %2 is deleted.": "%1 behålls; %2 tas bort.",
    "Moved to %1: %2.": "Flyttas till %1: %2.",
    "Nothing is linked to %1.": "Inget är kopplat till %1.",
    "The records were not merged: %1": "Posterna slogs inte ihop: %1",
    "Follow-ups": "Uppföljningar",
    "Undo the merge": "Ångra sammanslagningen",
    ("UndoOffer", "Undone."): "Ångrat.",
    ("UndoOffer", "Undo"): "Ångra",
    "It could not be undone: %1": "Det gick inte att ångra: %1",

    # --- why two records look like one (desktop/messages/dedupe.py) ---------------------------------
    "same e-mail": "samma e-postadress",
    "same phone": "samma telefonnummer",
    "same organisation number": "samma organisationsnummer",
    "same name in the same organisation": "samma namn i samma organisation",
    "same name": "samma namn",
    "similar name in the same organisation": "liknande namn i samma organisation",
    "similar name": "liknande namn",
    # --- merging ------------------------------------------------------------------------------------
    "only records of these kinds can be merged: {entities} (not {entity})":
        "bara poster av dessa slag kan slås ihop: {entities} (inte {entity})",
    "a record ({entity}) cannot be merged with itself": "en post ({entity}) kan inte slås ihop med sig själv",
    "the two records are of different kinds ({other_entity} and {entity}): only two records of the same kind "
    "can be merged":
        "posterna är av olika slag ({other_entity} och {entity}): bara två poster av samma slag kan slås ihop",
    "the record to keep ({entity}) is deleted; restore it before merging":
        "posten som ska behållas ({entity}) är borttagen; återställ den innan ni slår ihop",
    "the record to merge into the other ({entity}) is deleted; restore it before merging":
        "posten som ska slås ihop med den andra ({entity}) är borttagen; återställ den först",
    "a record ({entity}) has no field '{value}' to choose": "en post ({entity}) har inget fält ”{value}” att välja",
    # --- undoing -------------------------------------------------------------------------------------
    "there is no operation with id {id}": "det finns ingen ändring med id {id}",
    "changes to {entity} cannot be undone": "ändringar av {entity} kan inte ångras",
    "this change ({action}, {entity}) cannot be undone": "den här ändringen ({action}, {entity}) kan inte ångras",
    "cannot undo: a record ({entity}) that this operation changed has been changed since":
        "kan inte ångras: en post ({entity}) som ändringen rörde har ändrats sedan dess",
    "cannot undo: the record ({entity}) that this operation created is now used elsewhere ({used_by_entity})":
        "kan inte ångras: posten ({entity}) som åtgärden skapade används nu på annat håll ({used_by_entity})",
    # --- the demo data (desktop/messages/demo.py) ------------------------------------------------------
    "the demo data goes into an empty knowledge base; this one already holds {records} records ({entities})":
        "demodata läggs bara in i en tom kunskapsbank; den här innehåller redan {records} poster ({entities})",
}
