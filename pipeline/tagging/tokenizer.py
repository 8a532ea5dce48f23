"""spaCy's English tokenizer, except that a run of more than ``max_chunk``
characters without a space is one token.

spaCy peels prefixes and suffixes off a chunk one at a time, searching the
whole remaining chunk each time: a run of 20,000 underscores or opening
brackets took minutes.  No word in minutes is that long, so a longer chunk
(a rule line, OCR debris, an inlined blob) is kept whole, in linear time.
Shorter chunks are tokenized exactly as before.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

DEFAULT_MAX_CHUNK = 100
# "... on the playing fieldCllr. Cockram in relation to ...": a page whose line breaks were lost
# runs a member's title into the word before; the title is a token of its own.
GLUED_TITLE_INFIXES = [r"(?<=[A-Za-z])(?=(?:Cllrs?|Councillors?)\b)"]


class ChunkLimitedTokenizer:
    """Wraps the language's default tokenizer; saved and loaded with it."""

    def __init__(self, inner, max_chunk: int = DEFAULT_MAX_CHUNK):
        self.inner = inner
        self.vocab = inner.vocab
        self.max_chunk = max_chunk
        self._long = re.compile(r"\S{%d,}" % (max_chunk + 1))

    def __call__(self, text: str) -> Doc:
        if len(text) <= self.max_chunk or not self._long.search(text):
            return self.inner(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in self._long.finditer(text):
            self._add(text[position : match.start()], words, spaces)
            words.append(match.group())
            spaces.append(False)
            position = match.end()
        self._add(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, segment: str, words: list[str], spaces: list[bool]) -> None:
        # One space after a token belongs to it, as spaCy attaches it.
        if segment.startswith(" ") and words:
            spaces[-1] = True
            segment = segment[1:]
        if segment:
            for token in self.inner(segment):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs):
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.inner.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.inner.from_disk(path, **kwargs)
        return self


@spacy.registry.tokenizers("council_minutes.chunk_limited_tokenizer.v1")
def create_tokenizer(max_chunk: int = DEFAULT_MAX_CHUNK):
    def make(nlp: Language) -> ChunkLimitedTokenizer:
        # spaCy's default tokenizer, built once with the glued-title infix (setting the infixes on a built
        # tokenizer compiles them again and reloads its 2,700 special cases: a quarter-second at every start)
        defaults = nlp.Defaults
        inner = Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex([*defaults.infixes, *GLUED_TITLE_INFIXES]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        return ChunkLimitedTokenizer(inner, max_chunk)

    return make
