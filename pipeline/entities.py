"""An article's named entities on demand: what quote attribution asks the model, batched and cached."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

from pipeline.ner import Ent, Tagged, tag_entities

if TYPE_CHECKING:  # spaCy is imported where a model is loaded
    from spacy.language import Language


class Entities:
    """Named entities on demand: the model's NER alone, batched and cached.

    Quote attribution asks for the entities of many short fragments; running the
    whole pipeline on each one would be the cost of an extraction run.  The NER
    component of the small English model has its own token-to-vector layer, so
    the shared ``tok2vec``, tagger and parser are switched off.  ``plan`` lists
    the paragraphs a fragment may be cut from, in order, without tagging them;
    ``prime`` tags, in one ``nlp.pipe`` call, the planned paragraphs sure to be
    asked about and the texts that will be asked about whole.  Asking for a
    fragment cuts its entities out of the first planned paragraph that holds it,
    tagging that paragraph then if no batch did; a fragment no paragraph holds is
    tagged alone.  A Doc's entities do not depend on the batch it is tagged in,
    so what is primed decides the cost, never the answer.  What a text is answered
    never changes while the view lives (paragraphs are planned before the rules ask), so a rule
    whose answer depends only on a text and on these entities may keep it in :meth:`memo`.
    """

    NEEDED = ("ner",)

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.disabled = [p for p in nlp.pipe_names if p not in self.NEEDED]
        self.primed: dict[str, Optional[Tagged]] = {}  # the planned paragraphs, in order; None until tagged
        self.cache: dict[str, Tagged] = {}
        self.memos: dict[str, dict] = {}  # a rule's answers by text, for this view's article (``memo``)

    def memo(self, rule: str) -> dict:
        """The answers a rule keeps for this article, by text (the rule's answer must depend only on the text and
        on this view's entities: ``attribution.mention`` is asked a third of its texts again)."""
        return self.memos.setdefault(rule, {})

    def _tag(self, texts: list[str]) -> list[Tagged]:
        return tag_entities(self.nlp, texts)

    def plan(self, texts: Iterable[str]) -> "Entities":
        """The paragraphs fragments may be cut from, in the order they are searched; tagged when first needed."""
        for text in texts:
            self.primed.setdefault(text, None)
        return self

    def prime(self, texts: Iterable[str], whole: Iterable[str] = ()) -> "Entities":
        """Tag a batch at once: paragraphs (planned now if they were not) and texts asked about
        only ``whole``, which no fragment is cut from."""
        wanted = self.wanted(texts, whole)
        return self.fill(wanted, self._tag(wanted))

    def wanted(self, texts: Iterable[str], whole: Iterable[str] = ()) -> list[str]:
        """What :meth:`prime` would tag (the paragraphs first, planned now if they were not, then the texts
        asked about whole), for a caller that tags the batches of several articles in one call."""
        texts = list(dict.fromkeys(texts))
        self.plan(texts)
        todo = [t for t in texts if self.primed[t] is None]
        return todo + [t for t in dict.fromkeys(whole) if t not in self.primed and t not in self.cache]

    def fill(self, wanted: list[str], tagged: list[Tagged]) -> "Entities":
        """Keep the entities of :meth:`wanted`'s texts, tagged in that order."""
        for text, entities in zip(wanted, tagged):
            if text in self.primed:
                self.primed[text] = entities
            else:
                self.cache[text] = entities
        return self

    def _paragraph(self, paragraph: str) -> Tagged:
        tagged = self.primed[paragraph]
        if tagged is None:
            tagged = self.primed[paragraph] = self._tag([paragraph])[0]
        return tagged

    def __call__(self, text: str) -> Tagged:
        if text in self.primed:
            return self._paragraph(text)
        for paragraph in self.primed:
            offset = paragraph.find(text)
            if offset >= 0:
                end = offset + len(text)
                return Tagged(tuple(Ent(e.text, e.label_, e.start_char - offset, e.end_char - offset)
                                    for e in self._paragraph(paragraph).ents
                                    if offset <= e.start_char and e.end_char <= end))
        if text not in self.cache:
            self.cache[text] = self._tag([text])[0]
        return self.cache[text]
