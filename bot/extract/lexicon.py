"""The words extraction knows: titles, organisation heads, vague sources, role nouns.

Data, not logic, so that anyone can extend it without touching code; every word class says what
it decides. Lower case throughout.
"""

from __future__ import annotations

import re

from nameparser.config import CONSTANTS as NAME_CONSTANTS

TITLES = set("""president vice prime minister secretary secretary-general ambassador general lieutenant
colonel admiral major captain sergeant marshal commander chief director deputy spokesperson spokesman
spokeswoman chairman chairwoman chair senator sen. sens. governor mayor representative rep. reps. congressman
congresswoman premier chancellor envoy adviser advisor officer head leader king queen prince dr. mr.
ms. mrs. prof. professor gen. lt. col. adm. defense defence foreign state interior justice treasury
finance security national communications intelligence affairs u.s. us uk eu nato un u.n. u.k. e.u. undersecretary
under assistant special acting former top senior military staff joint chiefs lt general-secretary
supreme commander-in-chief first lady analyst fellow researcher scholar mp lawmaker maj. brig. capt. sgt.
cmdr. gov. amb. pres. policy col gen maj capt sgt brig adm cmdr mr mrs ms dr sir""".split())
ORG_WORDS = set("""ministry service department agency institute institution university council office
committee party times post journal news press command army navy forces force government embassy union
organization organisation bank fund center centre foundation group directorate administration
commission assembly parliament congress senate kremlin pentagon reuters afp ap network channel media
corporation company court tribunal staff bureau guard police coalition alliance federation board
secretariat mission delegation cabinet authority authorities military leadership regime team panel college academy
school society forum observatory initiative intelligence treasury brigade regiment battalion division corps
herald gazette tribune chronicle telegraph courier inquirer bulletin museum gallery library hospital studio factory""".split())
# People named together who act as one: "The G7 foreign ministers met ... They said", "the two countries'
# envoys".
GROUP_NOUNS = frozenset("""ministers officials leaders lawmakers legislators representatives delegates envoys diplomats
members governments allies countries nations parliamentarians senators""".split())
VAGUE_HEADS = set("""analysts analyst experts expert observers observer officials sources source reports
report critics diplomats diplomat commentators commentator scholars researchers leaders media
outlets agencies intelligence insiders witnesses residents estimates assessments warnings economists figures calculations
historians strategists specialists academics scientists lawmakers legislators activists campaigners
pundits commanders officers generals ministers politicians meps mps reporting""".split())
DEMONYMS = set("""korean russian ukrainian american chinese japanese british iranian european western eastern
soviet french german polish indian israeli turkish syrian belarusian asian african arab western nato
north south""".split())
TITLE_GLUE = {"of", "for", "the", "and", "on"}
MEDIA = {"television", "tv", "radio", "media", "newspaper", "broadcaster", "agency", "channel", "daily"}
DESCRIPTIVE = {"state", "news", "newspaper", "broadcaster", "outlet", "daily", "weekly", "official"}
STATEMENT_NOUNS = {"comments", "remarks", "statement", "statements", "report", "reports", "assessment", "document",
                   "announcement", "declaration", "communique",
                   "words", "warning", "warnings", "estimate", "estimates", "intelligence", "briefing", "update",
                   "interview", "analysis", "address", "letter", "message", "post", "communiqué", "communique",
                   "article", "story", "investigation", "study", "data", "figures", "findings", "calculations", "documentary",
                   "film"}
PRONOUNS = {"he": "person", "she": "person", "it": "institution", "him": "person", "her": "person"}  # "according to him"
ANONYMOUS_HEADS = {"official", "source", "diplomat", "spokesperson", "spokesman", "spokeswoman", "officer",
                   "adviser", "advisor", "aide", "lawmaker", "analyst", "expert", "person", "insider", "channel",
                   "account", "blogger", "blog", "outlet", "newspaper", "daily", "broadcaster", "agency", "soldier",
                   "captive", "prisoner", "pow", "defector", "witness", "resident", "commander", "researcher",
                   "delegate", "envoy", "representative", "minister", "general", "organisation", "organization",
                   "charity", "watchdog", "monitor", "ngo", "journalist", "reporter", "editor", "correspondent", "chief", "head", "director"}
DETERMINERS = {"the", "a", "an", "both", "neither", "either", "its", "their", "his", "her", "this", "that",
               "these", "those", "top", "some", "many", "several"}
# Lower-case words inside a name ("de Vries", "von der Leyen", "bin Salman"): nameparser's list.
PARTICLES = frozenset(p for p in NAME_CONSTANTS.prefixes if p.isalpha())

# Role nouns a definite description can be headed by ("the spokesperson said", "the lawmaker
# added", "the newspaper said"), each with the words that name the same role. A description
# refers back to the latest entity of the document whose role or name has one of those words.
ROLE_SYNONYMS: dict[str, frozenset[str]] = {}
for _group in """spokesperson spokesman spokeswoman representative press-secretary
lawmaker legislator rep. rep reps. representative congressman congresswoman senator sen. mp parliamentarian deputy
envoy ambassador diplomat representative
minister secretary
president leader head chairman chairwoman chair chairperson dictator
general gen. commander lieutenant colonel col. admiral marshal
aide adviser advisor assistant
expert analyst researcher fellow scholar professor prof. specialist
soldier captive prisoner pow sniper rifleman serviceman
newspaper daily paper outlet publication
agency service
broadcaster channel television tv network
ministry department
commission committee council
center centre
organization organisation
government administration cabinet authorities
military army forces
report article story investigation study
update statement assessment document announcement declaration""".split("\n"):  # (an outlet's report is no statement)
    _words = _group.split()
    for _w in _words:
        ROLE_SYNONYMS[_w] = ROLE_SYNONYMS.get(_w, frozenset()) | frozenset(_words)
# A person whose role names a legislature is a lawmaker, whatever the role's own noun ("chairman of
# the House Armed Services Committee" is "the congressman"; the White House is no legislature).
LEGISLATURE = re.compile(r"\b(?:(?<!white )house|senate|congress|parliament(?:ary)?|duma|verkhovna rada|rada|"
                         r"knesset|bundestag|national assembly|legislature|legislative)\b")
# Short forms of headlines for the words a body's name spells out: "House Intel Chairman" is the
# chairman of the House Intelligence Committee.
SHORT_FORMS = {"intel": "intelligence", "govt": "government", "dept": "department", "admin": "administration",
               "def": "defense", "mil": "military"}
# Role nouns that also name narrower roles: "the official added" after "a State Department
# spokesperson said" is the spokesperson (not the other way round).
ROLE_HYPERNYMS: dict[str, frozenset[str]] = {
    "official": frozenset("""spokesperson spokesman spokeswoman representative envoy ambassador diplomat minister
secretary secretary-general director chief head deputy adviser advisor aide commissioner officer""".split()),
    "officer": frozenset({"official"}),  # (an officer is "the official" only when no official of any kind was named)
    "diplomat": frozenset("envoy ambassador representative".split()),
    "aide": frozenset("director deputy secretary chief official".split()),  # "the security aide": the director
    "general": frozenset("commander chief lieutenant colonel".split()),
    "chief": frozenset("head director commander secretary secretary-general minister president".split()),  # "the NATO
    # chief", "a former chief of the ICC" (its president),
    # "the defence chief" (the minister)
    "agency": frozenset("department ministry service office bureau directorate administration".split()),
    "source": frozenset("official officer diplomat aide insider".split()),  # "according to the source": the unnamed
    # official the text quoted before, when no source was named as such
}
PERSON_ROLES = frozenset("""spokesperson spokesman spokeswoman representative lawmaker legislator rep. congressman
congresswoman senator mp parliamentarian envoy ambassador diplomat minister secretary president leader head
chairman chairwoman general commander colonel admiral marshal official officer expert analyst researcher
fellow scholar professor specialist soldier captive prisoner pow sniper rifleman serviceman reporter
correspondent journalist adviser advisor aide deputy director chief counterpart chairperson dictator
rapporteur commissioner governor mayor investigator prosecutor ombudsman coordinator negotiator""".split())
# A minister's or ministry's portfolio: "the foreign minister" is never the defence minister named before.
PORTFOLIOS = frozenset("""foreign defence defense interior finance justice economy economic trade health education
energy agriculture culture transport unification""".split())
# Verbs of doing a headline capitalises after its subject ("Kim Sends New Year Greetings to Putin"): where
# a run of capitalised words stops being the subject's name (the reporting verbs are the cues' own).
HEADLINE_ACTIONS = frozenset("""sends meets visits holds signs orders plans seeks makes gives offers hosts receives
marks opens welcomes backs""".split())
# Everyday nouns for a person, unnamed in a headline: "Estonian captain in Tallinn thought ...".
PEOPLE_NOUNS = frozenset("""captain sailor pilot driver worker doctor nurse student refugee farmer teacher
engineer volunteer mother father survivor fighter veteran citizen man woman defector laborer labourer
escapee deserter""".split())
# An outlet named with its kind: "the Chosun Ilbo newspaper", "Yonhap news agency".
OUTLET_NOUNS = frozenset("""newspaper daily paper broadcaster agency channel television tv radio outlet blog website portal
magazine weekly publication""".split())
# Parts of an outlet that speak for it: "the American edition of The New York Times".
OUTLET_PARTS = frozenset("edition editions website site service desk".split())
# Adverbs and interjections set off by commas between a subject and its verb ("the ministry,
# however, said"): skipped when looking for the subject.
INTERJECTIONS = frozenset("""however meanwhile moreover though too also nevertheless nonetheless instead
likewise similarly furthermore additionally still yet""".split())
# Family names written first in two-word Korean and Chinese names ("Cho Hyun", "Wang Yi"): the most
# common ones, so that a later "Cho said" is that person (a name of three words or with a hyphen,
# "Lee Seong-kweun", is read as family-name-first without this list).
FAMILY_FIRST = frozenset("""kim lee yi ri park pak choi choe cho jo jung chung kang yoon yun jang chang lim han oh seo suh
shin kwon hwang ahn song yoo yu hong jeon chun ko go moon mun yang son bae baek paik heo huh nam noh roh ha kwak
sung cha joo ju woo min ryu na jin ji chae won bang kong hyun ro wang li zhang liu chen huang zhao wu zhou xu sun ma
zhu hu guo he lin gao luo zheng liang xie tang xi mao""".split())
# News agencies, by the names a page calls them: a note they add on their own reporting ("could not
# independently verify") is not a claim of the story.
WIRES = frozenset({"reuters", "associated press", "ap", "afp", "agence france-presse", "upi", "efe", "dpa", "ani", "ians",
                   "yonhap", "kyodo", "xinhua", "tass", "ria novosti", "interfax", "ukrinform", "bloomberg", "kcna",
                   "korean central news agency", "unian", "interfax-ukraine", "pti", "anadolu", "bernama", "newsis",
                   "news1"})
# Broadcasters and outlets known by their initials, which pass statements on as the wires do.
BROADCASTERS = frozenset({"cnn", "bbc", "nbc", "cbs", "abc", "npr", "pbs", "sky news", "rfa", "radio free asia", "voa",
                          "voice of america", "al jazeera", "dw", "deutsche welle", "nhk", "kbs", "ytn", "mbc", "sbs",
                          "rferl", "rfe/rl", "france 24", "euronews", "fox news", "msnbc", "cnbc"})
