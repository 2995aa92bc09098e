"""Speaker turns: who the article has just quoted, as an antecedent for "he said" / "she added".

A quotation attributed in a sentence makes its speaker the one that sentence is about, whatever the
parse made of the sentence's grammar: in "“...,” Ramos, 58, told AFP." the tagger may hang the name
on the verb as a modifier (and type it as an organisation), so the sentence shows no subject, and in
"Theresa May, shadow secretary, told the BBC the plans were “inadequate”." the recogniser may have
missed the name as a person (a month, "May"). The next "“...,” he said" is that speaker's turn: the
"most recent speaker" rule of quote attribution (Pareti et al., "Automatically Detecting and
Attributing Indirect Quotations", EMNLP 2013; O'Keefe et al., "A Sequence Labelling Approach to Quote
Attribution", EMNLP 2012), used here only where the sentence's own subject decides nothing and only
for a speaker the quotation's own attribution named, never a name inside the quotation.
"""
from __future__ import annotations

from bisect import bisect_right

from .gender import given_name_gender
from .marks import Stretch
from .vocabulary import Attribution


class Turns:
    """Mixin of SpeakerFinder: ``note_turn`` records each quotation's own attribution as it is
    found, in text order, in ``self._turns`` ((start char, end char, speaker), set up empty by the
    finder); ``_reported_speaker(sent, gender)`` gives the one speaker a sentence quotes."""

    def note_turn(self, stretch: Stretch, attribution: Attribution | None) -> None:
        """Record the speaker the quotation at ``stretch`` (chars) was attributed to by its own
        sentence (not one carried over from another quotation). A weak cue (a verb that neither
        says nor names) or no speaker records nothing."""
        if attribution is None or attribution.speaker is None or attribution.weak:
            return
        self._turns.append((stretch.start, stretch.end, attribution.speaker))

    def _reported_speaker(self, sent, gender: str | None) -> str | None:
        """The speaker of the quotations attributed in ``sent`` when they are one person who may be
        ``gender``, else None.

        A person of the article fits unless their known gender is the other one; so does a name the
        entity list does not hold (a speaker named as written, "Rei Shiratori") unless its given name
        is of the other gender (``gender.given_name_gender``). Two different speakers in the
        sentence decide nothing.
        """
        turns = self._turns
        if not turns or gender is None:
            return None
        starts = [t[0] for t in turns]
        speakers = set()
        for start, end, speaker in turns[:bisect_right(starts, sent.end_char)]:
            if start < sent.end_char and end > sent.start_char:
                speakers.add(speaker)
        if len(speakers) != 1:
            return None
        name = speakers.pop()
        entity = self._by_name.get(name.lower())
        if entity is not None:
            return name if self._fits(entity, gender) else None
        return name if given_name_gender(name) in (None, gender) else None
