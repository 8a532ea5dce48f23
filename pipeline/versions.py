"""The parser's version, recorded on every document it stores.

Each stage has its own version, bumped when it finds something new; the
parser's is all of them, so a change to any stage makes ``minutes process``
parse again every document stored by another.  They live here, apart from
the stages, because the process that only stores (``minutes process
--scheduler``, ``minutes ingest``) must know the version without importing
the parser: spaCy and the tagger took 0.9 s of that process's start.
"""

#: What :mod:`.extract` makes of a file.
#: extract-3: characters from PDFium where they stand for pdfminer's (same text; a
#: line's x0 or top can differ by the 0.1-point rounding, single precision).
#: extract-4: a plain text whose line breaks were lost without a space gets its spaces back.
#: extract-5: a saved page's line printed twice and run together ("APOLOGIESAPOLOGIES") is read once.
#: extract-6: a saved page's header written as fields over a rule ("Source: URL / Title: ... / ---") is read as the "# SOURCE:" one is.
#: extract-8: a label glued to a number in a text whose lines were joined ("... 17Present – D. Buchanan") is set apart.
#: extract-9: a ModernGov printed minutes' item markers left in a saved text ("<AI1>", "</AI1>") are dropped; a space lost after a year before "at 7.30pm" or before "were received" is put back.
#: extract-10: a saved page's paragraphs written with their markup ("<p>...</p><p>...") are paragraphs of their own.
#: extract-11: a saved page's recorded-vote table set one cell a line is read as its sides ("For (8): ...").
EXTRACTION_VERSION = "extract-11"

#: What :mod:`.parse` and :mod:`.segment` make of extracted pages (the
#: meeting header, the minute items): bump it when either finds something new.
SEGMENTATION_VERSION = "segment-72"

#: What :mod:`.tagging` finds in the items.
TAGGER_VERSION = "tag-81"

#: What :mod:`.roles` makes of a document (its role, the meeting it names):
#: bump it when a rule changes, so stored documents are placed again.
ROLES_VERSION = "roles-1"

#: What :mod:`.matters` reads (records of decision, issue pages, what
#: happened to each matter): bump it when a rule changes.
MATTERS_VERSION = "matters-1"

PARSER_VERSION = f"{EXTRACTION_VERSION}+{SEGMENTATION_VERSION}+{TAGGER_VERSION}+{ROLES_VERSION}+{MATTERS_VERSION}"
