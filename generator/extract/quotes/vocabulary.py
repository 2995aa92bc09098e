"""Words that carry an attribution: verbs of saying, pronouns, titles, documents, speech nouns.

Hand-kept lists: they are the project's own rules for English news attribution (no maintained
package lists reporting verbs or the nouns that carry someone's words).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

REPORTING = frozenset("""
say tell add write ask state declare explain note tweet post insist argue warn continue recall
claim acknowledge announce reply respond answer remark shout yell testify conclude predict complain
admit suggest joke quip boast vow promise urge caution stress emphasize emphasise observe concede
lament wonder report confirm deny maintain assert contend counter retort reiterate agree disagree
describe read pledge threaten charge scoff muse exclaim plead demand recount repeat beam bark
chant sing email text blog tell whisper cry scream mutter sigh laugh smile joke chide scold
""".split())
PERSON_PRONOUNS = {"he": "m", "she": "f"}
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}
HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}
ORG_WORDS = frozenset("""
campaign company group ministry department agency party organization organisation committee
government military army police office administration council commission court board firm bank
union association movement network channel newspaper paper station team club authority authorities
service spokesman-office coalition alliance center centre institute foundation fund
""".split())
# Abbreviated titles, so "Gov. Christie" supports "the governor".
TITLE_ABBREVIATIONS = {"gov.": "governor", "sen.": "senator", "rep.": "representative",
                       "sec.": "secretary", "gen.": "general", "pres.": "president",
                       "lt.": "lieutenant", "col.": "colonel", "adm.": "admiral", "atty.": "attorney"}
SENTENCE_END = {".", "!", "?"}
# Verbs of saying that also mean something else; trusted only right after the quotation.
WEAK_REPORTING = frozenset("continue read describe repeat counter charge post report answer".split())
PHRASAL_REPORTING = {("go", "on"), ("shoot", "back"), ("fire", "back"), ("hit", "back"),
                     ("point", "out"), ("lash", "out"), ("cry", "out"), ("speak", "out")}
# "X was quoted as saying", "X was heard saying": the passive's subject is the one who speaks.
HEARD_SAYING = frozenset("quote hear record film overhear catch".split())
RELATIVE_PRONOUNS = {"who", "that", "which"}
DATELINE = re.compile(r"[A-Z][A-Z.’' -]+(?:, [A-Z][\w.]*\.?(?: \d+)?)*(?: \([^)\n]{1,20}\))? [—–-]{1,2} ")
CLOSING_MARKS = {"”", '"', "’", "''"}
OPENING_MARKS = {"“", '"', "‘", "``"}
ANONYMOUS_DETERMINERS = {"a", "an", "one", "another", "some", "several", "many", "two", "three"}
# Things that carry someone's words; their speaker is whoever made or sent them.
DOCUMENTS = frozenset("""
statement letter email e-mail tweet post memo ad advertisement commercial spot video release report
document filing message note op-ed essay
""".split())
# "X issued a statement" / "released an ad": a report when the object is a document.
ISSUING = frozenset("issue release send put publish post air run tweet provide give write".split())
# Nouns for something said; "Clinton's slogan is “...”", "Clinton's call to “...”": the possessor said it.
SPEECH_NOUNS = frozenset("""
slogan motto mantra refrain catchphrase call plea pledge promise vow claim message words remark
comment line quip retort reply response answer question warning demand assertion argument boast
rallying-cry cry chant battle-cry tagline theme description characterisation characterization
""".split())
# Of these, only the ones that name a form of words say it with a copula: "Clinton's slogan is “...”"
# gives her words, "Clinton's claim was “a lie”" someone's judgement of them.
NAMING_NOUNS = frozenset("slogan motto mantra refrain catchphrase tagline message line words theme".split())
# Of these, the ones that name a campaign's or a crowd's words, not something its owner said:
# "Clinton's campaign slogan is “I'm with her”" quotes nobody unless the text says someone said it.
SLOGAN_NOUNS = frozenset("slogan motto tagline chant hashtag rallying-cry battle-cry".split())
POSSESSIVE_GENDER = {"his": "m", "her": "f"}
# Verbs that put words on someone or something: "called him “a total stiff”".
NAMING_VERBS = frozenset("""
call dub label brand nickname term describe name mock deride slam blast praise hail decry bemoan blame
criticise criticize condemn denounce accuse attack dismiss lambaste lambast ridicule applaud welcome
tout defend reject question cast portray paint characterise characterize depict
""".split())
# Nouns that name a person by role, for "a senior official said" / "the spokesman said".
PERSON_NOUNS = frozenset("""
official spokesman spokeswoman spokesperson candidate nominee senator congressman congresswoman
representative governor mayor president minister secretary chairman chairwoman chair chairperson
leader director chief executive officer aide adviser advisor strategist manager lawyer attorney
prosecutor judge justice analyst expert economist professor researcher scientist activist organizer
organiser supporter voter resident worker employee owner founder actor actress singer star player
coach captain commander general colonel officer soldier diplomat ambassador envoy lawmaker legislator
commissioner administrator inspector detective agent witness victim survivor father mother son
daughter wife husband man woman boy girl friend billionaire businessman businesswoman donor
front-runner frontrunner challenger incumbent rival opponent host anchor reporter journalist writer
author narrator pastor priest bishop rabbi imam doctor nurse teacher student source
""".split())

# Letters after a name ("Andrew Tyrie MP", "Jane Roe QC"): the name before them is the person.
POST_NOMINALS = frozenset("MP MPs MEP MSP AM MLA MPP TD QC KC OBE MBE CBE KBE PhD".split())
# Words that end a title, not a name: "the Shadow Secretary", "Foreign Minister" name nobody.
TITLE_ENDINGS = PERSON_NOUNS | frozenset("""
chancellor premier speaker whip mp mep minister secretary president commissioner chief head
""".split())


@dataclass(frozen=True)
class Attribution:
    """Who said a quotation (a canonical entity name, or None) and the cue word that says so."""
    speaker: str | None
    cue: str | None
    weak: bool = False     # the cue neither says nor names: not enough for a quotation of a few words
    # the description the text names the speaker by, when ``speaker`` was resolved from it ("the
    # Florida senator"); None when the text names the speaker
    written: str | None = None
