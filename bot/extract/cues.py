"""Reporting cues: the verbs and phrases that mark speech or a stated position, and the words
that turn a claim into a denial or a non-confirmation.

The lexicon is the precision control of extraction: a sentence is a claim only when one of
these cues links a plausible speaker to what was said. Verbs are listed once by their base form
and inflected here, so "deny" also finds denies/denied/denying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs whose complement is the claim itself ("X said [that] ...", "X believes ...").
SAY = """say tell add explain note believe suggest claim allege report state estimate predict warn
insist argue indicate emphasize emphasise stress reiterate repeat confirm disclose reveal announce
acknowledge admit assert contend maintain elaborate remark observe speculate suspect caution fear
posit write declare assess think conclude concede hint signal testify answer reply respond
underscore underline point recall ask recount affirm reaffirm assure pledge vow promise worry read mention
convey expect agree analyse analyze continue begin lie remind specify post inform doubt clarify find
learn show anticipate share relay tout notify detail assume regret forecast summarize summarise imply
calculate hope reconfirm reassert utter""".split()
# Verbs whose object is part of the claim ("X urged the withdrawal ...", "X denied ...").
OBJECT = """deny urge label describe characterize characterise accuse call condemn dismiss reject
refute rebuff criticize criticise regard demand identify verify voice express issue dispute
question welcome decry comment decline thank hail praise highlight denounce laud refuse name alert
attribute blame cite consider offer brief present recognize recognise avoid appreciate corroborate push slam
speak react refer propose echo term boast commend appeal frame contest compare reference request rule lash""".split()
DENY = {"deny", "reject", "refute", "dismiss", "rebuff", "dispute", "contest"}
# What is praised or hailed as a position taken: "hailed the close ties between ...".
_PRAISED_OBJECT = (r"(?:the|its|their|his|her|an?|(?-i:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s))\s+"
                   r"(?:[\w’'-]+\s+){0,3}?(?:ties|relations|cooperation|partnership|"
                   r"friendship|alliance|troops|soldiers|forces|decision|deal|treaty|agreement|contribution|role|"
                   r"heroism|courage|bravery|efforts?|support|achievements?|participation|sacrifices?|service|"
                   r"feats?|valou?r)\b")
# What something is called when a speaker passes judgment on it: "called the reports far-fetched".
_VERDICTS = (r"(?:far-fetched|false|baseless|groundless|unfounded|absurd|fake|ridiculous|provocative|speculative|"
             r"nonsense|lies|untrue|fabricated|fabrications|misleading|exaggerated|inaccurate|premature|irresponsible|"
             r"unacceptable|illegal|outrageous|credible|plausible|accurate|reliable|dangerous|destabili[sz]ing|"
             r"reckless|alarming|worrying|troubling|concerning|serious|grave|unprecedented|heroes|heroic|martyrs|"
             r"mercenaries|cannon\s+fodder|traitors|criminals)\b")
# Verbs that need a following word to be a reporting cue ("call for", "point out", "voice concern").
NEEDS_NEXT = {
    # "called the reports 'groundless'": what it was called is a short quoted label, up to 24 words on
    "call": r"(?:for|on|upon)\b|(?:[\w’'-]+\s+){1,24}?(?=[‘'“\"][^‘'“\"”’]{1,60}[’'”\"])|"
            r"(?:it|this|that|them|these|the\s+(?:move|deployment|decision|reports?|claims?))\s+(?=(?:an?|the)\s)|"
            r"(?:the|this|that|these|those|such|its|their|(?-i:[A-Z][\w’'-]*[’']s))\s+(?:[\w’'-]+\s+){0,8}?(?=" + _VERDICTS + r")|"
            r"(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?=(?:an?)\s)|"  # "called Japan a true leader in Asia"
            r"(?:[\w’'-]+\s+){1,15}?(?=(?:an?)\s+(?:[\w-]+\s+){0,2}(?:sign|signal|indication|example|violation|breach|"
            r"escalation|threat|provocation|act|mistake|failure|victory|defeat|demonstration|symbol|proof|testament)\b)",
    # "called Putin's reliance on troops from the North a sign of weakness"
    "term": r"(?:it|this|that|these|those|the|them|him|her|his|its|their)\s+(?!of\b)",  # "termed the attacks ...", not
    # "in the long term"
    "relay": r"that\b|to\s+[^.;:“\"]{2,80}?,?\s+that\b",  # "relayed to his counterpart, X, that ...", not "relay runners"
    "request": r"that\b|(?:[\w’'.-]+\s+){1,6}?to\s+(?:[“\"]\s*)?[a-z]+",  # "requested that Seoul send ...", "requested
    # the government to “send a delegation ...”", not "requested a meeting"
    "reference": r"(?:the|it|this|that|these|those|its|their|his|her)\b(?:\s+[\w’'-]+){0,6}?\s+as\s+(?:an?|the)\b",  # "referenced
    # the radar as the clearest evidence of ...", not "referenced the report"
    "frame": r"(?:the|it|this|that|these|those|its|their|his|her)\b(?:\s+[\w’'-]+){0,6}?\s+as\s+(?:an?|the)\b",  # "framed
    # the effort as a critical step", not "a frame as a whole"
    "boast": r"(?:of|about|that)\b",  # "boasted of their warm welcome", not "boasts a large port"
    "tout": r"that\b",  # "touted that it is capable ...", not "touted its new drones"
    "detail": r"that\b|evidence\s+(?:of|that)\b",  # "further detailed that ...", "detailed evidence of ...", not
    # "detailed the plan"
    "compare": r"(?:[\w’'-]+\s+){1,10}?(?:with|to)\b",  # "compared North Korea's aid to Russia with the support ..."
    "assume": r"that\b",  # "The Pentagon assumes that they will ...", not "assumed command"
    "calculate": r"that\b",  # "the institute calculated that losses ran to ...", not "calculated the cost"
    "notify": r"(?:[\w’'.-]+\s+){1,6}?that\b",  # "notified Ukraine that it is willing ...", not "notified the families"
    "share": r"that\b|(?=by\b)|with\s+(?:[\w’'.-]+\s+){1,5}?that\b",  # "shared that ...", "The information was shared
    # by X", "shared with Voice of America that ..."; not "shared a video"
    "push": r"for\b",  # "pushes for European troops in Ukraine"
    "react": r"to\s+(?:the|these|those|this|that|such|[A-Z][\w’'.-]*[’']s?)\s+(?:[\w-]+\s+)?(?:claims?|reports?|"
             r"allegations?|accusations?|statements?|remarks|comments|news)\b",  # "has not reacted to the claim",
    # "has not reacted to Zelensky's statements"
    "speak": r"(?:(?:in|at)\s+[A-Z][\w-]+\s+)?(?:about|of)\s+(?!(?:the\s+)?(?:phone|meeting|call|visit|talks)\b)",
    # "spoke about further agreements", "had spoken in Rome about the deployment"
    "point": r"out\b|to\b",  # "pointed out that ...", "pointed to two developments: ..."
    "hope": r"that\b|(?=(?:[\w’'.-]+\s+){1,8}?(?:will|would|can|could|should|is|are|was|were)\b)",  # "hoped the two
    # parties will boost ties", not "hoped for peace" nor "hoped to visit"
    "rule": r"out\b",  # "does not rule out sending weapons": where the speaker stands (not "ruled the country")
    "hint": r"that\b|at\b|(?=(?:[\w’'.-]+\s+){0,8}?that\b)",  # "hinted at opening an office", "hinted to X that ...",
    # not "hinted" alone
    "express": r"that\b|(?:[“\"‘']?\w+\s+){0,2}[“\"‘']?(?:concerns?|fears?|worry|worries|alarm|apprehension|unease|"
               r"dissatisfaction|regret|sorrow|grief|sadness|support|hopes?|doubts?|anger|"
               r"outrage|gratitude|thanks|appreciation|condolences|solidarity|confidence|optimism|interest|sympathy|"
               r"disappointment|frustration|dismay|satisfaction|skepticism|scepticism|wish(?:es)?|condemnation|"
               r"intention|desire|willingness|readiness|opposition|displeasure|view|belief|conviction|opinion)\b[”\"’']?",
    "voice": r"(?:[“\"‘']?\w+\s+){0,3}[“\"‘']?(?:concerns?|fears?|worry|worries|alarm|apprehension|dissatisfaction|doubts?|support|anger|"
             r"outrage)\b[”\"’']?",
    "issue": r"(?:(?:a|an)\s+(?:\w+\s+){0,2})?(?:statements?|warnings?|denials?)\b",
    "answer": r"(?:that|questions?)\b",
    "respond": r"that\b",
    "inform": r"(?=(?:[\w’'.-]+\s+){0,9}?that\b)|about\s+(?:this|it)\b",  # "informed (lawmakers) that ...", not "informed the council about"
    "identify": r"(?:\w+\s+){0,4}(?:officers|soldiers|troops|units|personnel|forces|generals|commanders)\b",
    # "named three generals accompanying the troops", not "a sniper named Ri"
    "name": r"(?:[\w-]+\s+){0,4}(?:officers|soldiers|troops|units|generals|commanders|officials|suspects|victims|"
            r"casualties|dead|figures?|numbers?|toll)\b",
    # "an official who cited several hundred casualties": a figure someone gives
    "cite": r"(?:[\w’'-]+\s+){0,2}?(?:\d[\d,.]*|several|hundreds|thousands|dozens|tens|heavy|high|significant|"
            r"mounting)\b|(?:[\w’'-]+\s+){0,2}?(?:reports?|evidence|intelligence|data|findings|estimates|figures)\s+"
            r"(?:that|showing|suggesting|indicating)\b",  # "citing media reports that ...", "cited evidence that ..."
    # "attributed the losses to ...", "blamed the shortage on ..."
    "attribute": r"(?:[\w’'-]+\s+){1,5}?to\b",
    "blame": r"(?:[\w’'-]+\s+){1,5}?(?:on|for)\b",
    # "alerted the Security Council to the presence of ..."
    "alert": r"(?:[\w’'.-]+\s+){1,8}?to\s+(?:the\s+)?(?:presence|deployment|arrival|threat|danger|risk|movement)\b",
    "question": r"(?:whether|the|why|how)\b",
    "signal": r"that\b",
    "welcome": r"(?!home\b|back\b)(?:the|this|a|an|any|(?-i:[a-z]{4,}))\b",  # "welcomes interest from ...", not
    # "welcomed Kim at ..." nor "welcomed home the troops" (a ceremony, not words)
    "think": r"that\b",
    # "posted on X that ...", "posted on Telegram:", not "posted a video" or "was posted"
    "post": r"(?:(?:on|to)\s+(?:[A-Z][\w.]*|social\s+media|(?:his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+)?"
            r"(?:that\b|:)|(?=(?:\s*(?:on|to)\s+[\w.]+)(?:\s+(?:on|in|at|late|early|last)\b[^.;“”\"]{0,30})?\s*\.?\s*$)",
    # (and closing a quotation: '“...,” the minister posted on X on Sunday night.')
    "mention": r"(?:(?:on|last|this|earlier)\s+[A-Z]?[a-z]+\s+)?that\b|(?=(?:he|she|it|they|we)\s+(?:\w+\s+)?(?:had|has|have|was|were|is|are|would|will|could|did|"
               r"does|do|hadn[’']t|hasn[’']t|haven[’']t|wasn[’']t|didn[’']t)\b)|"  # "mentioned he hasn't received"
               r"(?=(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:deployment|dispatch|presence|number|possibility|"
               r"plans?|sending|transfer|arrival|deaths?|loss(?:es)?|casualties)\b|(?:about\s+|some\s+|around\s+|"
               r"nearly\s+|up\s+to\s+)?\d)|(?=by\s+[A-Z])",  # "mentioned the deployment of 5,000 workers"; "was first
    # mentioned by Gerasimov": by whom, in the passive
    "offer": r"to\s+(?:exchange|swap|hand|return|release|trade|mediate|send|provide|help|host)\b|"
             r"(?:his|her|its|their|my|our)?\s*(?:condolences|sympathy|sympathies|thanks|apologies|support)\b",  # "offered to exchange them"
    # "the NIS does not consider their impact to be significant", "considers the deal a breach", not
    # "is considering sending troops"
    "consider": r"(?:[\w’'-]+\s+){1,8}?(?:to\s+be|as)\b|that\b|"  # "considers the deployment ... a serious
                r"(?:the|its|their|this|these|such)\s+(?:[\w’'-]+\s+){0,12}?(?:an?|the)\s+[“\"]?(?:[\w-]+\s+){0,2}?"  # threat"
                r"(?:threat|violation|provocation|breach|danger|escalation|crime|hostile\s+act|act\s+of|tool|lie)\b",
    "maintain": r"(?:(?:its|his|her|their|the)\s+(?:position|stance|view|line|claim)\s+)?that\b",
    "comment": r"on\b|that\b|(?=(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
               r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
               r"[A-Z][\w’'.-]+)",  # "commented on ...", "commented that ...", '“...,”
    # commented Kozlov, Minister of ...' (after the quotation)
    # "thanked the soldiers for ...", "thanked Defence Minister X on Monday for ..."
    "thank": r"(?:[\w‘’'-]+\s+){1,10}?for\b|(?:[\w‘’'-]+\s+){0,3}[“\"‘]|(?:[\w‘’'-]+\s+){1,8}?(?:that|who)\b",
    "praise": r"(?:[\w’'-]+\s+){1,6}?(?:for|as)\b|(?:[\w’'-]+\s+){0,3}[“\"]|" + _PRAISED_OBJECT,
    "laud": r"(?:[\w’'-]+\s+){1,6}?(?:for|as)\b|(?:[\w’'-]+\s+){0,3}[“\"]|" + _PRAISED_OBJECT + "|"
            r"(?:[A-Z][\w’'-]*\s+){1,2}(?:troops|soldiers|forces|units)\b",  # "lauded North Korean forces"
    "appreciate": r"(?:[\w’'-]+\s+){0,3}?(?:bravery|heroism|courage|contribution|role|efforts?|support|position|ties|"
                  r"relations|friendship|feats?|sacrifices?|service|achievements?|valou?r|dedication)\b|"
                  r"(?:[\w’'-]+\s+){0,2}[“\"]",  # ('highly appreciated their “heroic feats”')
    "lash": r"out\b",  # "lashed out at the “lunatics” in Seoul"
    "hail": r"(?:[\w’'-]+\s+){0,4}?(?:for|as|[“\"])|" + _PRAISED_OBJECT,
    "commend": r"(?:[\w’'-]+\s+){1,6}?(?:for|as)\b|" + _PRAISED_OBJECT + "|"
               r"(?:[A-Z][\w’'-]*\s+){1,2}(?:troops|soldiers|forces|units)\b",  # "commended the soldiers for their heroism"
    "appeal": r"(?:to\s+(?:[\w’'.-]+\s+){1,6}?to\s+|for\b)",  # "appealed to China and the West to act", "appealed for"
    "echo": r"(?:his|her|its|their|the|an?)\s+(?:[\w’'-]+\s+){0,2}?(?:calls?|demands?|warnings?|appeals?|concerns?|"
            r"views?|position|assessment|claims?)\b",  # "echoed his call for more weapons"
    "regret": r"that\b",  # "regrets that his compatriots are fighting ...", not "regretted the decision"
    "observe": r"that\b",  # "observed that ...", not "observed the test launch", "China is observing and waiting"
    "recall": r"(?:(?:in|at|during)\s+(?:the|a|an|his|her|its)\s+[\w-]+\s+)?(?:that|how)\b",  # ("recalled in the letter how")
    "refer": r"to\s+(?=[“\"‘])|to\s+(?:[\w’'-]+\s+){1,10}?as\s+(?=[“\"‘])",  # "referred to “the heroic entry of ...”",
    # "referred to the troops as “human shield mercenaries”", not "referred to the ministry"
    "find": r"that\b",  # "the study found that ...", not "found the bodies"
    "show": r"that\b",  # "Data from the State Department show that ...", not "images show soldiers"
    "learn": r"that\b",  # "the BBC has learned that ..." (or closing: "..., the BBC has learned.")
    "doubt": r"(?=(?:that|whether|if)\b)",  # "doubts that this will be their only task", not "have doubts about"
    "decline": r"to\s+(?:comment|confirm|deny|discuss|say|elaborate|specify|answer|respond|reply|address|disclose|"
               r"reveal|give)\b",
    "avoid": r"(?:directly\s+|explicitly\s+|publicly\s+|openly\s+)?(?:(?:reporting|mentioning|discussing|acknowledging)\s+(?:or|and)\s+)?(?:answering|commenting|"
             r"responding|replying|addressing|confirming|denying|acknowledging)\b",
    "remind": r"(?:[\w’'.-]+\s+){0,3}?that\b",  # "reminded that ...", "reminded reporters that ..."
    "agree": r"that\b|on\s+(?:the\s+)?(?:need|importance|necessity)\b|to\s+(?=(?:implement|take|strengthen|step|"
             r"expand|boost|deepen|coordinate|cooperate|work|respond|impose|condemn|continue|pursue)\b)",  # ("agreed on the
    # importance of ...", "agreed to implement strong measures")
    "lie": r"(?:to\s+(?:[\w’'.-]+\s+){1,4}?)?that\b",  # "lied to Putin that ...": a claim, called false
    "analyse": r"(?:why|how|whether|what|that)\b",
    "analyze": r"(?:why|how|whether|what|that)\b",
    # "has not recognized the deployment", not "recognized as a hero"
    "recognize": r"(?:that|the\s+(?:[\w-]+\s+)?(?:deployment|presence|involvement|participation|transfer|shipments?|"
                 r"sending|dispatch|existence)|(?:its|their)\s+(?:troops|soldiers|forces))\b",
    "recognise": r"(?:that|the\s+(?:[\w-]+\s+)?(?:deployment|presence|involvement|participation|transfer|shipments?|"
                 r"sending|dispatch|existence)|(?:its|their)\s+(?:troops|soldiers|forces))\b",
    # "briefed lawmakers on the deployment", "briefed reporters that ..."
    "brief": r"(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?(?:lawmakers|legislators|reporters|journalists|parliament|"
             r"parliamentarians|press|media|committee)\s+(?:on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
             r"Saturday|Sunday|the\s+\d|\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)|that|about)\b",
    # "presented evidence of North Korea's arms transfers"
    "present": r"(?:new\s+|fresh\s+|further\s+)?(?:evidence|findings|proof|data|details)\s+(?:of|that|on)\b",
    "refuse": r"to\s+(?:comment|confirm|deny|discuss|say|elaborate|specify|answer|respond|reply|address|disclose|"
              r"reveal|give)\b",
}
# Verbs that need a following word mid-sentence but report speech when they close a clause.
UNLESS_CLOSING = {"respond", "answer", "maintain", "learn", "mention", "observe", "comment"}
# Whom an answer closing a quotation was given to: "“...,” he responded to a reporter."
TO_ASKER = re.compile(r"\s+to\s+(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+){0,2}?(?:reporters?|journalists?|questions?|"
                      r"questioners?|lawmakers?|senators?|correspondents?|interviewers?)(?:\s+without\s+elaborating)?"
                      r"\s*[,.;:]")  # ("commented to journalists without elaborating.")
# A statement named by its author, then what it says: "comments by US officials that ...".
NOUN_BY = (r"(?:comments?|remarks?|statements?|announcements?|claims?|assertions?|assessments?|warnings?|reports?|"
           r"allegations?|"
           r"accusations?|estimates?|statistics|data|figures|findings|analys[ie]s|confirmations?)\s+(?:(?:made|issued|released|"
           r"published|given|put\s+out)\s+)?(?:by|from)\s+"
           r"(?P<author>(?:(?!\b(?:estimates?|says?|said|believes?|claims?|reports?|warns?|suggests?|indicates?|"
           r"shows?|notes?|estimated|believed|claimed|reported|warned|suggested|indicated|showed|noted|found|"
           r"concluded|stated|revealed|reveals?|confirmed|confirms?|disclosed|discloses?|argued|argues?|stressed|"
           r"stresses)\b)(?:[^,;“\"]|,(?=\s+(?:and\s+)?[A-Z]))){2,90}?)(?:\s+(?:on|in|last|earlier|this)\s+[^,;“\"]{1,30}?)?\s+that")
# Multi-word cues, matched as regular expressions over the sentence.
PHRASES = {
    r"according to": "according to",
    # "The statement was made by X": whoever made the statement the sentence before reports
    r"(?<=statement was )made|(?<=statements were )made|(?<=remarks were )made|(?<=comments were )made|"
    r"(?<=announcement was )made|made\s+(?:these|the|his|her|its|their|those|such|similar)\s+(?:remarks|comments|"
    r"statements?)(?:\s+[^,;.“”\"]{1,80}?)?,\s+(?=[a-z]+ing\s)": "state",  # ("Gerasimov made these remarks in a report to
    # Putin, highlighting ...": what the participle says is what was remarked)
    r"as per": "according to",
    r"(?<=\s)put\s+it(?=\s*[,:])": "say",  # "As X has put it, “...”": as X said
    r"dr(?:ew|aw|aws|awing)\s+(?:\w+\s+)?attention\s+to\s+(?:the\s+fact\s+)?that": "say",  # "drew attention to the
    # fact that ...", "drew particular attention to that"
    r"dr(?:ew|aw|aws|awing)\s+(?:\w+\s+)?attention\s+to(?!\s+(?:the\s+fact\s+)?that\b)": "highlight",  # "drew attention
    # to the professionalism of ...": what was stressed
    # "For military expert Colonel X, the deployment is symbolic": the expert's view (never "For Russia, ...")
    r"^For(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:expert|analyst|researcher|professor|scholar|specialist|observer|"
    r"commentator|historian|economist)\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+,)": "according to",
    # "posted footage on X claiming to show soldiers at the front": what the footage is said to show
    r"(?:posted|released|shared|published|circulated|aired)\s+(?:a\s+|the\s+|new\s+|more\s+)?(?:video|videos|footage|"
    r"images|photos|pictures|clips?)(?:\s+(?:on|to|via)\s+[\w.]+)?\s+(?:claiming|purporting|said)\s+to\s+show":
        "released footage",
    # "declared his intent to seek asylum": a stated intention, as "expressed his wish to"
    r"(?:declared|announced|stated|voiced|reiterated|confirmed|signall?ed)\s+(?:his|her|its|their)\s+(?:firm\s+)?"
    r"(?:intent|intention|wish|desire|readiness|willingness|plans?|determination)\s+to": "expressed intention",
    r"(?:in|from)\s+(?=(?:[A-Z][\w.’'-]*\s+){0,4}?[A-Z][\w.’'-]*[’'](?:s\b)?\s+(?:view|opinion|estimation|assessment|"
    r"perspective|point\s+of\s+view),)":
        "according to",  # "In Budanov’s view, ...": whose view it is, before it
    r"pa(?:id|ys|y|ying)\s+(?:a\s+|special\s+|warm\s+)?tribute\s+to": "praise",  # "paid tribute to the troops"
    r"in\s+the\s+(?:view|opinion|estimation|assessment|words)\s+of": "according to",  # "In the view of X"  # "As per a report by Yonhap, ..."
    r"(?:(?<=, )|(?<=,[”\"] ))per(?= (?:the\s+)?[A-Z])": "according to",  # "..., per the AP, ...", '"...," per Axios.'
    r"as\s+(?:was\s+)?(?:(?:previously|earlier|already|first|widely|exclusively|recently)\s+)?(?:stated|reported|announced|"
    r"said|noted|confirmed|claimed|disclosed|revealed|indicated|estimated|assessed|outlined|detailed|highlighted|"
    r"emphasi[sz]ed|stressed|underlined|underscored|mentioned|suggested|warned|explained|predicted)\s+by":
        "according to",  # ("As previously reported by X, ...")
    r"(?:was|were|is|are|has been|had been)\s+(?:(?:earlier|previously|also|widely|once)\s+)?(?:quoted|cited)\s+"
    r"(?:by\s+[^,]{1,40}\s+)?as\s+(?:saying|telling)":
        "quoted as saying",  # ("was cited as telling CNN")
    r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?:quoted|cited|mentioned)\s+(?:(?:[\w’'.-]+\s+){1,6}?|"
    r"(?:[\w’'.-]+\s+){0,10}?[\w’'.-]+,\s+(?:[A-Z][\w’'.-]*\s+){1,4}?[A-Z][\w’'.-]*,\s+)as\s+"  # ("quoted the vice minister for X,
    # Kim Jong-gyu, as saying")
    r"(?:saying|telling|stating|reporting|hailing|praising|warning|urging|claiming|confirming|denying)":
        "quoted someone as saying",  # "KCNA quoted Kim as saying": Kim speaks
    r"(?:was|were|is|are|has been|had been)\s+(?:also\s+)?heard\s+(?:saying|asking|telling)": "heard saying",
    r"(?<=[’'])s\s+(?:claims?|assertions?|insistence|arguments?|denials?|admissions?|accusations?|allegations?|"
    r"warnings?|assessments?|estimates?|findings?|conclusions?|words|remarks|comments|statements?|assurances?|"
    r"announcements?)(?:\s+(?:last|this|earlier\s+this|on)\s+\w+)?\s+(?:that|of(?=\s+[a-z]+ing\b))":
        "possessive claim",  # "North Korea's claim that its actions conform ...": North Korea claims
    r"(?:rais(?:e|es|ed|ing)|sound(?:s|ed|ing)?) (?:the )?(?:alarms?|(?:serious |grave )?(?:concerns?|fears?)(?= that| about| over))":
        "raised alarms",
    # "echoed comments by US officials that ...", "a statement issued by the ministry on Monday that ..."
    NOUN_BY: "statement by",
    # "The White House has put the toll even higher", "the ministry put the number at 3,000"
    r"(?:put|puts|putting|place|placed|places|placing|peg|pegs|pegged|pegging)\s+(?:the|its|their|that)\s+(?:death\s+)?"
    r"(?:toll|figure|number|count|estimate|"
    r"tally)\s+(?:of\s+(?:[\w’'-]+\s+){1,6}?)?(?:at|even\s+higher|higher|lower|closer\s+to)|"
    r"(?:put|puts|place|placed|places|peg|pegs|pegged)\s+(?:[\w’'-]+\s+){0,3}?(?:casualties|losses|deaths|dead|troops|"
    r"soldiers|forces)\s+"
    r"at(?=\s+(?:about|around|some|over|more|up|nearly|roughly|at\s+least|an?\s+[a-z]+\s|\d))": "put the figure at",  # ("estimates place
    # North Korean casualties at over 6,000")
    # ("put the number of killed or wounded soldiers at 4,000")
    # "The Times published another article about ...", "the institute released a report saying ..."
    r"(?:published|releas(?:ed|es|ing)|issu(?:ed|es|ing))\s+(?:an?|another|its|their|a\s+new)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:article|report|story|investigation|analysis|study)\s+(?:about|on|saying|claiming|alleging|showing|that)": "published report",
    r"(?:gave|give|gives|giving|provided|made|makes|making)\s+(?:an?|the|its|their)\s+(?:first\s+)?"
    r"(?:official\s+|public\s+|further\s+|clear\s+|strong\s+)*"
    r"(?:confirmation|assurance|indication|hint|signal)": "gave confirmation",  # ("gave a further hint that")  # ("made its first public confirmation that")
    r"back(?:ed|s|ing)?\s+up(?=\s+(?:the\s+|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*[’']s\s+|its\s+|their\s+)"
    r"(?:account|claims?|reports?|assessment|statement|findings|version)\b)": "confirm",  # "backed up Ukraine's account
    # of having captured two soldiers"
    r"brush(?:ed|es|ing)?\s+(?:aside|off)": "brushed aside",  # "Trump brushed aside Ukraine's aspirations", "brushed
    # off reports that ..."
    # "did not provide any more details": nothing confirmed
    r"(?:did|does|do|has|have|had)\s*(?:not|n[’']t)\s+(?:provide|give|offer|disclose|share)\s+(?:any\s+)?(?:more\s+|further\s+|"
    r"additional\s+)?(?:details|information|evidence|figures|specifics)": "refrained from confirming",
    # "Japan has joined Seoul in condemning ...": a position taken together with another
    r"join(?:s|ed|ing)?\s+(?:[\w’'.-]+\s+){1,5}?in\s+(?:condemning|calling\s+for|urging|denouncing|criticizing|"
    r"criticising|warning|demanding|expressing|voicing|rejecting|denying|confirming)": "joined in",
    # "The EU is deeply concerned about ...": a position stated as a state of mind
    # (with an intensifier, the wording of official statements; "X is concerned that" alone is more often
    # the writer's reading of X)
    r"(?:is|are|was|were|remains?|remained)\s+[“\"]?(?:deeply|gravely|seriously|extremely|very|greatly|profoundly|"
    r"particularly|increasingly|especially)\s+(?:concerned|alarmed|worried|troubled|disturbed|outraged|appalled)"
    r"[”\"]?\s+(?:about|by|over|at|that)": "concerned",  # (and as quoted: 'is "very concerned" about')
    r"refrain(?:s|ed|ing)? from (?:definitively |publicly |officially )?(?:confirming|denying|commenting|speculating|"
    r"specifying|disclosing|elaborating|naming|revealing|identifying)"
    r"(?: or (?:confirming|denying))?|(?:left|leaves|leaving)\s+(?:[\w’'-]+\s+){0,4}?(?:without\s+(?:a\s+|any\s+)?"
    r"comment|unanswered)"
    r"|stop(?:s|ped|ping)?\s+short\s+of\s+(?:confirming|denying|saying|naming)"
    r"|(?:stayed|remained|kept|keeps?|stays?|remains?)\s+(?:largely\s+|conspicuously\s+|publicly\s+)?(?:quiet|silent|mum)\b"
    r"|(?:gave|give|gives|giving)\s+(?:an?\s+)?(?:evasive|vague|noncommittal)\s+(?:answer|response|reply)":
        "refrained from confirming",  # "Peskov has left without comment Blinken's statement"
    # "did not immediately respond to a request for comment", "which didn't comment", "referred
    # questions to the Defense Ministry": a source asked that did not answer
    r"(?:did|does|do|has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+|immediately\s+|publicly\s+)?(?:comment(?:ed)?\b|"
    r"(?:respond(?:ed)?|repl(?:y|ied))\s+to\s+(?:a\s+|the\s+|multiple\s+|repeated\s+)?(?:requests?|questions?|queries)"
    r"(?:\s+for\s+comment)?)|(?:didn[’']t|doesn[’']t|hasn[’']t|haven[’']t)\s+(?:yet\s+|immediately\s+)?comment(?:ed)?\b|"
    r"(?:referr?(?:ed|ing|s)?|direct(?:ed|ing|s)?)\s+(?:all\s+)?(?:questions|queries|inquiries|enquiries|inquirers|"
    r"enquirers|requests\s+for\s+comment)\b|"  # ("directed inquirers to the ministry")
    r"neither\s+(?:confirm|den(?:y|ie))(?:s|ed|d)?\s+nor\s+(?:confirm|den(?:y|ie))(?:s|ed|d)?|"  # "has neither denied nor
    r"(?:(?:did|does|do|has|have|had)\s*)?(?:not|never|n[’']t)\s+(?:yet\s+|publicly\s+|officially\s+)?"
    r"(?:confirm|den(?:y|ie))(?:s|ed|d)?\s+or\s+"
    r"(?:confirm|den(?:y|ie))(?:s|ed|d)?":  # confirmed reports", "never confirmed or denied it": one non-confirmation
        "refrained from confirming",  # (not a denial of what follows "or denied")
}
# Words between subject and verb that do not change who speaks ("has also consistently said").
AUXILIARY = set("""has have had did does do also further outright
consistently categorically constantly recently previously repeatedly often frequently publicly formally reportedly
earlier again already initially firmly officially openly explicitly strongly primarily similarly likewise first
later then separately privately since now once just newly jointly long still all both even only instead himself herself
itself themselves""".split())
NEGATION = {"not", "never", "n't", "n’t", "no", "cannot", "can't", "can’t", "couldn't", "couldn’t"}
# A modal before the verb makes it hypothetical ("soldiers could claim ..."), not a report.
MODALS = {"could", "would", "may", "might", "should", "can", "must", "will", "shall"}


def is_modal(word: str) -> bool:
    """Whether a word is a modal verb: "May" with its capital is the month ("the agency in May
    said"), as every pattern that knows modals reads it (`(?-i:may)`)."""
    return word != "May" and word.lower() in MODALS
PASSIVE = {"is", "was", "were", "are", "been", "being", "be"}

NON_CONFIRMATION = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|could|can|would)\s*(?:not|n[’']t|never)\s+(?:yet\s+)?(?:\w+ly\s+)?"
    r"(?:confirm|verif|(?:seen|found)\s+(?:any\s+|direct\s+|hard\s+|conclusive\s+)?(?:proof|evidence|sign|indication))"
    r"|unconfirmed|unverified|refrain\w* from (?:\w+ )?(?:confirming|denying)|no (?:direct )?(?:proof|evidence|confirmation)"
    r"|without\s+(?:a\s+|any\s+)?comment|no\s+need\s+(?:to|for)\s+(?:any\s+)?comment"
    r"|neither confirm|not (?:been )?(?:able to )?(?:confirm|verif)|(?:yet|unable|failed) to (?:confirm|verify)"
    r"|(?:do|does|did)\s*(?:not|n[’']t)\s+(?:yet\s+)?have\s+(?:any\s+)?(?:more\s+|further\s+|additional\s+)?(?:details|"
    r"information|fidelity|specifics|updates?)\b"
    r"|(?:declin|refus)\w* to (?:comment|confirm|deny|discuss|say|elaborate|specify|answer|respond|reply|address|"
    r"disclose|reveal|give)|stop\w* short of|avoid\w* (?:directly )?(?:answering|commenting|responding|replying|"
    r"addressing|confirming|denying|acknowledging)|unanswered)",
    re.I)
# A denial says something is not the case: negated states and past events ("does not run counter",
# "were never sent", "there are no troops"), not negated intentions ("we will not back down").
# (In the present, only of having, sending or taking part: "they do not stand a chance", "officers they
# don't understand" are judgements, not denials.)
NEGATED_CLAUSE = re.compile(
    r"\b(?:did\s*(?:not|n[’']t|never)|didn[’']t)\b(?!\s+(?:only|just|merely|yet)\b)"
    r"|\b(?:(?:does|do)\s*(?:not|n[’']t|never)|doesn[’']t|don[’']t)\s+(?:\w+ly\s+)?(?:have|has|send|sends|exist|exists|"
    r"participate|participates|take\s+part|fight|fights|deploy|deploys|possess|supply|supplies|provide|"
    r"provides|station|operate|operates|involve|include|includes|believe|believes|think|thinks)\b"
    # "are not in Russia", "is not true", "were never deployed"; not "are not strong" (a judgement)
    r"|\b(?:(?:is|are|was|were)\s*(?:not|n[’']t|never)|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\s+(?:in|at|on|inside|true|correct|"
    r"accurate|present|there|involved|deployed|stationed|fighting|participating|part\s+of|engaged|sent|taking\s+part|"
    r"a\s+party|any)\b"
    r"|\b(?:has|have|had)\s*(?:not|n[’']t|never)\s+(?:been|sent|deployed|taken|participated|supplied|provided|"
    r"received|crossed|entered|fought|joined|arrived)\b"
    r"|\bunaware\b|\bno\s+(?:[\w-]+\s+){0,3}(?:troops|soldiers|forces|units|personnel|evidence|involvement|presence)\b"
    r"|\bnever\s+(?:sent|deployed|been|existed|happened|took)\b", re.I)
# Calling a report fake is denying it; only with verbs of labelling ("labeled the videos fake news").
LABEL_DENIAL = re.compile(r"\b(?:fake|false|disinformation|propaganda|lies|baseless|groundless|unfounded|far-fetched|"
                          r"absurd|ridiculous|nonsense|untrue|fabricat\w*|provocation|slander)\b", re.I)
LABELLING = {"label", "describe", "characterize", "characterise", "call", "dismiss", "reject"}


def _inflect(verb: str) -> set[str]:
    forms = {verb}
    if verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
        if verb.endswith("l"):
            forms |= {verb + "led", verb + "ling"}
    return forms


_IRREGULAR = {"say": {"said", "says", "saying"}, "tell": {"told", "tells", "telling"},
              "write": {"wrote", "writes", "writing", "written"}, "think": {"thought", "thinks", "thinking"},
              "issue": {"issued", "issues", "issuing"}, "admit": {"admitted", "admits", "admitting"},
              "read": {"read", "reads"}, "begin": {"began", "begins", "begun"},
              "slam": {"slammed", "slams", "slamming"}, "speak": {"spoke", "speaks", "spoken", "speaking"},
              "find": {"found", "finds", "finding"}, "show": {"showed", "shows", "showing", "shown"},
              "refer": {"referred", "refers", "referring"}, "echo": {"echoed", "echoes", "echoing"}, "learn": {"learned", "learnt", "learns", "learning"}}


def _build_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for verb in SAY + OBJECT:
        for form in _inflect(verb) | _IRREGULAR.get(verb, set()):
            forms.setdefault(form, verb)
    for verb, irregular in _IRREGULAR.items():
        for form in irregular:
            forms[form] = verb
    return forms


FORMS = _build_forms()
_FORM_SET = frozenset(FORMS)
HEADLINE_BARE = {"think", "maintain", "signal", "agree"}
# Reporting verbs a headline capitalises ("Kremlin Says ..."); other capitalised words of a heading are
# not taken for verbs ("Print Suggest Translation Improvements", "Search and Add Channel").
HEADLINE_VERBS = {"say", "tell", "warn", "claim", "deny", "confirm", "urge", "call", "accuse", "admit", "report", "vow",
                  "insist", "reject", "blame", "hail", "praise", "condemn", "dismiss", "describe", "announce", "reveal",
                  "acknowledge", "estimate", "believe", "think", "agree", "allege", "thank", "label", "slam", "stress",
                  "assert", "state", "declare", "question", "predict", "express", "voice", "cite", "decline", "refuse",
                  "push", "pledge", "demand", "promise", "dispute", "refute", "doubt", "request", "reaffirm"}  # "POW thought
# he fought South Korea"
NOT_A_VERB_AFTER_STATE = re.compile(r"-|[\s-]+(?:of|media|television|tv|news|agency|run|owned|broadcaster|outlet|newspaper|"
                                    r"department|secretary|council|duma|security|affairs|commission|visit|funeral)\b", re.I)
ADDED_TO_LIST = re.compile(r"\s+(?:[\w’'.,-]+\s+){1,16}?to\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}"
                           r"(?:list|lists|register|registry|blacklist|roster|package)\b")
# Losses as the object of "report" (a unit "reports casualties" it has taken).
SUFFERED = re.compile(r"\s+(?:(?:more|fewer)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+|"
                      r"heavy\s+|significant\s+|huge\s+|massive\s+|high\s+|new\s+)*(?:[\d,.]+\s+)?"
                      r"(?:casualties|losses|deaths|dead|killed|injuries|wounded)\b", re.I)
TEXT_BEFORE = re.compile(r"\b(?:statement|letter|message|post|communiqu[ée]|report|text|note|document|resolution|"
                         r"declaration|notice|order)\s*$", re.I)
TEXT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|message|post|"
                        r"communiqu[ée]|report|text|note|document|resolution|declaration|notice|order)\b")  # '“...,” reads
# the statement by X'
HAVING_BEFORE = re.compile(r"\bhaving\s+(?:(?:long|already|also|repeatedly|previously|\w+ly)\s+)?$")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_NEEDS_NEXT_RE = {lemma: re.compile(r"\s+(?:" + needed + ")", re.I) for lemma, needed in NEEDS_NEXT.items()}
_PHRASE_RE = [(re.compile(r"\b" + p + r"\b", re.I), name) for p, name in PHRASES.items()]
# Each phrase needs one of its anchor words in the sentence, so a sentence is matched only against
# the phrases it could hold (most hold none, found with a few `in` tests).
_ANCHORS = {"according to": ("according", "as per", " by", ", per ", ",” per ", '," per ', "view of", "opinion of", "estimation of",
                             "assessment of", "words of", "for ", " view,", " opinion,", " estimation,", " assessment,",
                             " perspective,"), "quoted as saying": ("quoted", "cited"),
            "quoted someone as saying": ("quoted", "cited", "mentioned"), "heard saying": ("heard",),
            "possessive claim": ("’s ", "'s "), "raised alarms": ("alarm", "concern", "fear"), "statement by": (" by ", " from "),
            "put the figure at": ("put", "place", "peg"), "published report": ("publish", "releas", "issu"),
            "gave confirmation": ("confirmation", "assurance", "indication", "hint", "signal"), "joined in": ("join",),
            "concerned": ("concerned", "alarmed", "worried", "troubled", "disturbed", "outraged", "appalled"),
            "refrained from confirming": ("refrain", "without", "unanswered", "short of", "not ", "n't ", "n’t ", "never", "refer", "direct",
                                          "neither", "evasive", "vague", "noncommittal", "quiet", "silent", " mum"),
            "brushed aside": ("brush",), "confirm": ("backed up", "backs up", "backing up", "back up"), "released footage": ("to show",), "expressed intention": (" intent", " wish", " desire", " readiness",
                                                                   " willingness", " plan", " determination"), "state": (" made ",),
            "say": ("put it", "attention"), "highlight": ("attention",), "praise": ("tribute",)}
_BY_ANCHOR: dict[str, list[int]] = {}
for _k, (_p, _name) in enumerate(_PHRASE_RE):
    for _a in _ANCHORS[_name]:
        _BY_ANCHOR.setdefault(_a, []).append(_k)


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str  # base verb or phrase name
    start: int  # offsets within the sentence
    end: int
    text: str

    @property
    def is_participle(self) -> bool:
        return self.text.split()[0].lower().endswith("ing") and self.lemma not in {"according to"}

    @property
    def takes_object(self) -> bool:
        return self.lemma in OBJECT or self.lemma in {"raised alarms", "refrained from confirming", "published report",
                                                      "put the figure at", "joined in", "concerned", "brushed aside",
                                                      "expressed intention", "released footage"}

    @property
    def denies(self) -> bool:
        return self.lemma in DENY


def find_cues(sentence: str, outside_quotes, headline: bool = False) -> list[Cue]:
    """Cue occurrences outside quotation marks, in order of position. A headline's grammar is
    looser: "POW thought he fought ..." needs no "that", "Kremlin Says ..." may be capitalised."""
    cues = []
    lower = sentence.lower()
    for k in sorted({k for a, phrases in _BY_ANCHOR.items() if a in lower for k in phrases}):
        pattern, name = _PHRASE_RE[k]
        for m in pattern.finditer(sentence):
            if outside_quotes(m.start()):
                cues.append(Cue(name, m.start(), m.end(), m.group(0)))
    if _FORM_SET.isdisjoint(_WORD.findall(lower)) and "that" not in lower:
        return cues  # no reporting verb anywhere: most sentences, found at C speed
    for m in _WORD.finditer(sentence):
        word = m.group(0)
        lemma = FORMS.get(word.lower())
        if lemma is None and word.endswith("that") and word[:-4].lower() in FORMS:  # "reportedthat": a lost space
            word = word[:-4]
            lemma = FORMS[word.lower()]
            m = re.compile(re.escape(word)).match(sentence, m.start())
        if lemma is None or not word.islower() and m.start() != 0 and not (
                headline and word[1:].islower() and lemma in HEADLINE_VERBS):
            continue  # "Said" mid-sentence is a name, not a verb (nor "Print Suggest ..." in a site's menu)
        if not outside_quotes(m.start()) or any(c.start <= m.start() < c.end for c in cues):
            continue
        if lemma == "state" and NOT_A_VERB_AFTER_STATE.match(sentence, m.end()):
            continue  # "state media", "state news agency": an adjective
        if lemma == "regard" and word.lower() == "regarding":
            continue  # a preposition
        if lemma == "compare" and re.search(r"(?:[,%\d]|\b(?:as|when|if|than))\s*$", sentence[:m.start()]):
            continue  # "more than tripled, compared to last month's report": a preposition
        if lemma == "report" and SUFFERED.match(sentence, m.end()):
            continue  # "the troops have reported more than 5,000 casualties": suffered, not said
        if lemma == "add" and ADDED_TO_LIST.match(sentence, m.end()):
            continue  # "the EU added X to the sanctions list": a listing, not a word said
        if lemma == "read" and not TEXT_BEFORE.search(sentence, 0, m.start()) and not (
                TEXT_AFTER.match(sentence, m.end()) and re.search(r"[,!?]\s*[”\"]\s*$", sentence[:m.start()])):
            continue  # "the statement read": a text speaks; "officials read the report": they did not
        if lemma in ("continue", "begin") and not re.match(r"\s*[,.;:]|\s*$|\s+that\b", sentence[m.end():]) and \
                not re.search(r"[,!?]\s*[”\"]\s*$", sentence[:m.start()]):  # ('“...,” continued the Russian leader')
            continue  # "..., he continued, adding ...", "“...,” he began.": a parenthetical "said"; not "Russia
            # continued its attacks", "the war began in February"
        needed = None if headline and lemma in HEADLINE_BARE else _NEEDS_NEXT_RE.get(lemma)
        end = m.end()
        if needed:
            follow = needed.match(sentence, end)
            closing = lemma in UNLESS_CLOSING and (sentence[end:end + 1] in (",", ".", ";", ":") or  # "“...,” the
                                                   bool(TO_ASKER.match(sentence, end)))  # spokesperson responded
            if not follow and not closing:  # (to a reporter).": said, after the words
                continue
            if follow and not re.search(r"(?:\s[\"']|[“‘])$", follow.group(0)):  # "praised the “heroism” of": the claim
                end += len(follow.group(0).rstrip())  # starts at "the"; "called for": after "for"
        start = m.start()
        perfect = HAVING_BEFORE.search(sentence, 0, start) if lemma in SAY else None
        if perfect:  # "with the agencies having long reported that ...": a participle clause
            start = perfect.start()
        cues.append(Cue(lemma, start, end, sentence[start:end]))
    return sorted(cues, key=lambda c: c.start)
