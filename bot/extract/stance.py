"""Stance: does a claim deny the fact, decline to confirm it, or assert something?

Three things that all contain a "not" and must not be confused:
  denies    the fact is denied: "denied sending troops", "there are no North Korean units",
            "labelled the reports fake news"
  hedged    the fact is neither confirmed nor denied: "could not confirm", "was unaware of the
            situation", "has seen no evidence yet", "declined to comment"; or the claim itself is
            uncertain: "have likely sustained", "are believed to", "estimated", a question
  asserts   everything else, including a justification: "the cooperation does not run counter
            to international law" defends what is done, it does not deny that it is done
"""

from __future__ import annotations

import re

from bot.extract.attributed import Attribution
from bot.extract.cues import LABEL_DENIAL, LABELLING, NEGATED_CLAUSE, NON_CONFIRMATION

# Cues whose negated complement is a prediction, a warning or an opinion, not a denial.
NOT_DENIAL_CUES = {"warn", "predict", "fear", "caution", "urge", "call", "estimate", "calculate", "suggest", "speculate",
                   "suspect", "believe", "raised alarms", "express", "voice", "hope", "think", "ask", "question",
                   "concerned", "joined in", "brief", "expect", "agree", "analyse", "analyze", "avoid"}
# Cues that are themselves a refusal to confirm ("referred questions to", "neither denied nor confirmed",
# "avoid reporting or confirming", "declined to comment"), whatever the words after them.
NOT_CONFIRMING_CUES = {"refrained from confirming", "avoid", "decline", "refuse"}
# Not knowing is not denying: "China was unaware of the situation", "had no information".
UNAWARE = re.compile(r"\b(?:unaware|not aware|no information|no knowledge|no evidence|not seen any|"
                     r"(?:do|does|did)(?:n[’']t| not) know|(?:has|have|had)(?:n[’']t|\s+not)\s+(?:yet\s+)?"
                     r"(?:received|seen|found|got)\s+(?:any\s+)?(?:\w+\s+)?(?:evidence|proof|confirmation|"
                     r"information|indication))\b", re.I)
# Uncertainty in the claim itself: "have likely sustained", "are believed to", "hard to know", a question.
UNCERTAIN = re.compile(r"\b(?:likely|unlikely|probably|possibly|perhaps|reportedly|allegedly|believed|estimated|"
                       r"thought\s+to|expected\s+to|(?-i:may)|might|could|hope|hopes|hoped|hard\s+to\s+know|not\s+clear|"
                       r"unclear|appears?\s+to|seems?\s+to)\b|\?\s*$", re.I)
CAN_CONFIRM = re.compile(r"^(?:that\s+)?(?:he|she|it|we|they|I)\s+(?:can|could)\s+(?:now\s+)?confirm\b", re.I)
HEDGING_CUES = {"estimate", "calculate", "hint", "speculate", "suspect", "predict", "ask", "expect", "doubt", "anticipate"}
# Saying a report is false is denying it: "It looks like another piece of fake news."
CALLED_FALSE = re.compile(r"\b(?:fake\s+news|disinformation|fabricat\w+|(?:are|is)\s+(?:all\s+)?lies|baseless|"
                          r"groundless|unfounded|far-fetched|(?:nothing\s+more|no\s+more)\s+than\s+propaganda|untrue|"
                          r"not\s+true)\b", re.I)
# A negated judgement justifies what is done rather than denying it happened: "does not run
# counter to", "is not directed against", "does not violate", "does not threaten".
JUSTIFICATION = re.compile(
    r"\b(?:is|are|was|were|does|do|did)\s*(?:not|n[’']t)\s+(?:\w+ly\s+)?(?:run(?:ning)?\s+counter|directed\s+against|"
    r"aimed\s+at|violat\w*|contraven\w*|breach\w*|threaten\w*|pose\s+a\s+threat|contradict\w*|target\w*|"
    r"in\s+violation|against\s+(?:the\s+)?(?:law|rules|interests))", re.I)

# A negated opinion is an opinion, not a denial: "I do not think the possibility is high".
NEGATED_OPINION = re.compile(r"^(?:that\s+)?(?:I|we|he|she|they)\s+(?:do|does|did)\s*(?:not|n[’']t)\s+(?:really\s+)?"
                             r"(?:think|believe|expect|consider)\b", re.I)


# Reports waved away: "brushed off reports that ..." (not "brushed aside Finland's aspirations").
BRUSHED_OFF_REPORTS = re.compile(r"brush\w*\s+(?:aside|off)\s+(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|"
                                 r"suggestions?|assertions?)\b", re.I)


def stance_of(att: Attribution) -> str:
    """denies, hedged or asserts, from the cue and the first words of the claim."""
    head = " ".join(att.text.split()[:15])
    if att.cue.lemma in NOT_CONFIRMING_CUES or NON_CONFIRMATION.search(att.cue.text) or NON_CONFIRMATION.search(head):
        return "hedged"
    if att.cue.denies or att.denies or att.cue.lemma == "brushed aside" and BRUSHED_OFF_REPORTS.match(att.text):
        return "hedged" if att.negated else "denies"  # ("brushed off reports that ...": dismissed as untrue)
    if att.negated:
        return "hedged"
    opening = " ".join(att.text.split()[:12])
    if UNAWARE.search(opening):
        return "hedged"
    if JUSTIFICATION.search(opening) or NEGATED_OPINION.search(opening):
        return "asserts"
    if att.cue.lemma not in NOT_DENIAL_CUES and NEGATED_CLAUSE.search(opening):
        return "denies"
    if att.cue.lemma in LABELLING and LABEL_DENIAL.search(att.text):
        return "denies"
    if att.cue.lemma not in NOT_DENIAL_CUES and CALLED_FALSE.search(opening):
        return "denies"  # "It looks like another piece of fake news", "nothing more than propaganda"
    if CAN_CONFIRM.search(opening):
        return "asserts"  # "he could confirm that units had been sent": a confirmation, not a maybe
    if att.cue.lemma in HEDGING_CUES or UNCERTAIN.search(opening) or UNCERTAIN.search(att.cue.text) \
            or att.text.rstrip().endswith("?"):
        return "hedged"  # "the ministry estimated", "troops have likely sustained", "Could I ...?"
    return "asserts"
