"""A skill vocabulary with synonyms, so 'JS' and 'JavaScript' (or 'ML' and 'machine learning') count as one skill.

Lookup is one tokenizing pass plus dictionary hits on 1-4 word n-grams, so finding skills in 10,000 postings
costs a fraction of a second per thousand postings rather than one regex per skill per posting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# canonical name -> other spellings; matched case-insensitively on token boundaries unless listed in CASED
SKILLS: dict[str, tuple[str, ...]] = {
    # languages
    "Python": ("Python3", "Python 3"),
    "JavaScript": ("JS", "ECMAScript", "ES6", "Javascript ES6"),
    "TypeScript": ("TS",),
    "Java": ("Java 8", "Java 11", "Java 17"),
    "Go": ("Golang",),
    "Rust": (),
    "Ruby": (),
    "Ruby on Rails": ("Rails", "RoR"),
    "PHP": (),
    "C": (),
    "C++": ("cpp",),
    "C#": ("csharp", "C Sharp"),
    ".NET": ("dotnet", "ASP.NET", ".NET Core"),
    "Kotlin": (),
    "Swift": (),
    "Objective-C": ("ObjC",),
    "Scala": (),
    "Elixir": (),
    "Erlang": (),
    "Haskell": (),
    "Clojure": (),
    "Perl": (),
    "Lua": (),
    "Dart": (),
    "R": (),
    "MATLAB": (),
    "Julia": (),
    "SQL": ("T-SQL", "PL/SQL"),
    "Bash": ("shell scripting", "shell scripts", "Shell"),
    "PowerShell": (),
    "HTML": ("HTML5", "HTML 5"),
    "CSS": ("CSS3", "Sass", "SCSS", "Tailwind", "Tailwind CSS"),
    "Solidity": (),
    # web and frameworks
    "React": ("React.js", "ReactJS", "React JS"),
    "React Native": (),
    "Redux": (),
    "Angular": ("AngularJS",),
    "Vue": ("Vue.js", "VueJS"),
    "Svelte": ("SvelteKit",),
    "Ember.js": ("Ember", "EmberJS"),
    "Next.js": ("NextJS",),
    "Node.js": ("Node", "NodeJS", "Node JS"),
    "Express": ("Express.js", "ExpressJS"),
    "NestJS": (),
    "d3.js": ("d3",),
    "jQuery": (),
    "Webpack": ("Vite",),
    "Django": (),
    "Flask": (),
    "FastAPI": (),
    "Spring": ("Spring Boot", "SpringBoot"),
    "Laravel": (),
    "Symfony": (),
    "GraphQL": (),
    "REST": ("RESTful", "REST APIs", "REST API", "RESTful APIs"),
    "gRPC": (),
    "WebSockets": ("WebSocket",),
    "OAuth": ("OAuth2", "OpenID Connect", "OIDC"),
    # data stores and messaging
    "PostgreSQL": ("Postgres", "PSQL"),
    "MySQL": ("MariaDB",),
    "SQLite": (),
    "Oracle": ("Oracle DB",),
    # SSIS, SSRS, SSAS: SQL Server's own Integration, Reporting and Analysis Services (Microsoft's names)
    "SQL Server": ("MSSQL", "Microsoft SQL Server", "SSIS", "SSRS", "SSAS"),
    "MongoDB": ("Mongo",),
    "Redis": (),
    "Cassandra": (),
    "DynamoDB": (),
    "Elasticsearch": ("Elastic Search", "OpenSearch"),
    "Snowflake": (),
    "BigQuery": (),
    "Redshift": (),
    "ClickHouse": (),
    "Kafka": ("Apache Kafka",),
    "RabbitMQ": (),
    "Celery": (),
    "SQS": (),
    # cloud, infrastructure, operations
    "AWS": ("Amazon Web Services", "EC2", "S3", "Lambda"),
    "GCP": ("Google Cloud", "Google Cloud Platform"),
    "Azure": ("Microsoft Azure",),
    "Docker": ("containerization", "Docker Compose"),
    "Kubernetes": ("k8s", "EKS", "GKE", "AKS", "Helm"),
    "Terraform": ("Pulumi", "CloudFormation", "infrastructure as code", "IaC"),
    "Ansible": ("Chef", "Puppet"),
    "Linux": ("Unix", "Ubuntu", "Debian", "RHEL"),
    "Windows": ("Windows Server",),
    "macOS": ("Mac OS", "OS X"),
    "Git": ("GitHub", "GitLab", "Bitbucket"),
    "CI/CD": (
        "continuous integration",
        "continuous deployment",
        "continuous delivery",
        "GitHub Actions",
        "Jenkins",
        "CircleCI",
    ),
    "Microservices": ("microservice", "service-oriented architecture", "SOA"),
    "Distributed systems": ("distributed system", "distributed computing"),
    "Networking": ("TCP/IP", "LAN", "WAN", "DNS", "network administration"),
    "VMware": ("vSphere", "ESXi"),
    "Monitoring": ("observability", "Prometheus", "Grafana", "Datadog", "New Relic", "Sentry"),
    "On-call": ("on call", "pager duty", "PagerDuty"),
    "SRE": ("site reliability", "site reliability engineering"),
    "Security": ("cybersecurity", "cyber security", "information security", "InfoSec", "AppSec"),
    "Performance": ("performance tuning", "performance optimization"),
    # data, ML, AI
    "Machine learning": ("ML", "machine-learning"),
    "Deep learning": ("deep-learning", "neural networks"),
    "NLP": ("natural language processing",),
    "Computer vision": ("CV",),
    "LLM": ("large language models", "large language model", "LLMs", "GenAI", "generative AI"),
    "Data analysis": ("data analytics", "data analyst", "analytics"),
    "Data engineering": ("data pipelines", "data pipeline", "ETL", "ELT"),
    "Data visualization": ("dashboards", "Looker", "Power BI", "PowerBI"),
    "Statistics": ("statistical analysis", "statistical modeling", "A/B testing"),
    "pandas": (),
    "NumPy": (),
    "scikit-learn": ("sklearn", "scikit learn"),
    "PyTorch": ("torch",),
    "TensorFlow": ("Keras",),
    "Spark": ("PySpark", "Apache Spark"),
    "Hadoop": ("Hive", "HDFS"),
    "Airflow": ("Apache Airflow", "Dagster", "Prefect"),
    "dbt": (),
    "Tableau": (),
    "Excel": ("Microsoft Excel", "spreadsheets"),
    # mobile and design
    "Android": (),
    "iOS": (),
    "Figma": ("Sketch",),
    "UX": ("user experience",),
    "UI": ("user interface", "user interfaces"),
    "Accessibility": ("a11y", "WCAG"),
    # practices
    "Agile": ("Scrum", "Kanban", "sprint planning"),
    "Testing": (
        "unit testing",
        "unit tests",
        "test automation",
        "automated testing",
        "pytest",
        "Jest",
        "TDD",
        "QA",
        "quality assurance",
    ),
    "Code review": ("code reviews",),
    "System design": ("systems design", "software architecture"),
    "API design": ("API development", "APIs"),
    "Technical leadership": ("tech lead", "technical lead", "mentoring", "mentorship"),
    # business and general professional skills
    "Salesforce": (),
    "SAP": (),
    "Jira": (),
    "SaaS": (),
    "B2B": (),
    "SEO": ("search engine optimization",),
    "Project management": ("project manager", "PMP", "managing projects", "managed projects", "manage projects"),
    "Product management": ("product manager", "product roadmap"),
    "Customer service": ("customer support", "client service", "customer care"),
    "Communication": (
        "communication skills",
        "written communication",
        "verbal communication",
        "communicator",
        "communicative",
    ),
    "Sales": (),
    "Marketing": ("digital marketing",),
    "Recruiting": ("talent acquisition",),
    "Accounting": ("bookkeeping", "GAAP"),
    "Finance": ("financial analysis", "financial modeling"),
    "Budgeting": ("budget management",),
    "Supervision": ("supervisor", "supervisory", "supervising"),
    "Leadership": ("team leadership", "people management", "team lead"),
    "Troubleshooting": ("diagnostics", "diagnostic", "debugging", "troubleshoot", "troubleshoots", "troubleshooter"),
    # tools of occupations outside software (named products: a resume has them or not)
    "Epic": ("Epic EHR", "Epic EMR", "Epic Systems"),
    "Cerner": ("Oracle Health",),
    "Meditech": (),
    "Pyxis": ("Pyxis MedStation",),
    "Omnicell": (),
    "Dentrix": (),
    "Eaglesoft": (),
    "QuickBooks": ("QuickBooks Online", "QBO"),
    "NetSuite": ("Oracle NetSuite",),
    "Workday": ("Workday HCM",),
    "ADP": ("ADP Workforce Now",),
    "UKG": ("Kronos", "UKG Pro"),
    "Relativity": ("RelativityOne",),
    "Westlaw": (),
    "LexisNexis": ("Lexis",),
    "Clio": (),
    "iManage": (),
    "Jamf": ("Jamf Pro",),
    "ServiceNow": (),
    "Active Directory": ("AD DS", "Entra ID", "Azure AD"),
    "Intune": ("Microsoft Intune",),
    "Manhattan WMS": ("Manhattan Associates", "Manhattan SCALE", "Manhattan Active"),
    "SAP S/4HANA": ("S/4HANA", "S4HANA", "SAP ECC"),
    "Allen-Bradley PLC": ("RSLogix", "RSLogix 5000", "Studio 5000", "Allen-Bradley", "ControlLogix"),
    "AutoCAD": (),
    "Revit": (),
    "Procore": (),
    "Primavera P6": ("Primavera", "P6"),
    "Bluebeam": ("Bluebeam Revu",),
    "TIG welding": ("GTAW", "TIG"),
    "MIG welding": ("GMAW", "MIG"),
    "Stick welding": ("SMAW",),
    "Flux-core welding": ("FCAW", "flux core", "flux-cored"),
    "Toast POS": (),
    "Yardi": (),
    "PowerSchool": (),
    "Blackbaud": ("Raiser's Edge",),
    # more products of the same families (vendors' own product names): warehouse and transport management,
    # court e-filing and legal case management, property management, health records, tax and audit, HR and payroll,
    # design, construction accounting, public-safety dispatch, point of sale, school information systems, government
    # permitting and licensing
    "Blue Yonder WMS": ("Blue Yonder", "JDA WMS", "JDA"),
    "Korber WMS": ("HighJump", "Körber", "Korber"),
    "SAP EWM": ("SAP Extended Warehouse Management",),
    "TMW Suite": ("TMW", "TMWSuite", "TMW.Suite", "Trimble TMW"),
    "McLeod LoadMaster": ("McLeod Software", "LoadMaster"),
    "MercuryGate": ("MercuryGate TMS",),
    "Samsara": (),
    "Omnitracs": (),
    "CM/ECF": ("CM-ECF", "ECF"),
    "PACER": (),
    "INSZoom": (),
    "LawLogix": (),
    "NetDocuments": (),
    "Everlaw": (),
    "AppFolio": (),
    "RealPage": (),
    "Entrata": (),
    "MRI Software": (),
    "athenahealth": ("athenaOne", "athenaClinicals"),
    "eClinicalWorks": ("eCW",),
    "PointClickCare": (),
    "MatrixCare": (),
    "NextGen Healthcare": ("NextGen EHR", "NextGen EPM"),
    "Open Dental": (),
    "Sage Intacct": ("Intacct",),
    "Xero": (),
    "CCH Axcess": (),
    "CaseWare": (),
    "UltraTax CS": ("UltraTax",),
    "Lacerte": (),
    "SuccessFactors": ("SAP SuccessFactors",),
    "BambooHR": (),
    "Paylocity": (),
    "Paycom": (),
    "iCIMS": (),
    "Taleo": ("Oracle Taleo",),
    "SolidWorks": (),
    "Civil 3D": ("AutoCAD Civil 3D",),
    "MicroStation": (),
    "Viewpoint Vista": (),
    "Sage 300 CRE": ("Timberline",),
    "Tyler New World CAD": ("New World CAD", "Tyler New World"),
    "Hexagon CAD": ("Intergraph CAD", "Intergraph"),
    "CentralSquare": (),
    "Accela": ("Accela Civic Platform", "Accela Automation"),
    "NCR Aloha": ("Aloha POS",),
    "Oracle MICROS": ("MICROS POS", "MICROS Simphony", "Simphony"),
    "Infinite Campus": (),
    "Schoology": (),
    "Orbital welding": ("orbital welder", "orbital welds", "orbital weld", "Swagelok M200", "Arc Machines"),
}

# Broad abilities and practices, not named products: a resume that never writes the word is not disqualified by it
# (coverage.named_tool_missing), and meaning may credit them like any prose requirement.
GENERAL_SKILLS = frozenset(
    {"Agile", "Testing", "Code review", "System design", "API design", "Technical leadership", "SaaS", "B2B", "SEO"}
    | {"Project management", "Product management", "Customer service", "Communication", "Sales", "Marketing"}
    | {"Recruiting", "Accounting", "Finance", "Budgeting", "Supervision", "Leadership", "Troubleshooting"}
    # fields of practice a resume shows in its own words ("Operation Monitoring and Control", "network administration")
    | {"Microservices", "Distributed systems", "Networking", "Monitoring", "Security", "Performance", "Accessibility"}
    | {"Machine learning", "Deep learning", "Computer vision", "Statistics"}
    | {"Data analysis", "Data engineering", "Data visualization"}
)

# Spellings that are also ordinary words or letters: only this exact capitalization counts.
CASED = frozenset(
    {"R", "C", "Go", "UI", "UX", "ML", "TS", "JS", "CV", "Swift", "Excel", "Spring", "Node", "Shell", "Chef", "Sketch"}
    | {"Oracle", "Lambda", "S3", "Hive", "Rust", "Dart", "Julia", "Express", "Ember", "Sales", "LAN", "WAN", "SAP"}
    | {"SOA", "IaC", "Vite", "Jest", "Prefect", "Puppet", "Helm", "torch", "APIs", "DNS", "QA"}
    | {"Epic", "Epic EHR", "Epic EMR", "Epic Systems", "Relativity", "Workday", "Clio", "Lexis", "ADP", "AD DS", "P6"}
    | {"TIG", "MIG", "Primavera", "Intune", "JDA", "TMW", "ECF", "PACER", "MICROS", "eCW", "Simphony", "Intergraph"}
)
# Spellings that are also an occupation: in a sentence about that occupation they name the trade, not the tool
# ("Executive Chef", "5 years as a Chef in fine dining" ask no Ansible; "Required: Chef, Terraform" does).
OCCUPATION_SPELLINGS = {
    "Chef": re.compile(
        r"\b(?:sous|executive|head|pastry|line|private|personal|corporate|banquet|master|commis|junior|senior|lead"
        r"|station|certified)[\s-]+chef\b|\bchef[\s-]+(?:de|manager|instructor|owner)\b"
        r"|\b(?:kitchens?|culinary|cook|cooks|cooking|cuisine|restaurants?|dining|catering|brigade|plating)\b",
        re.IGNORECASE,
    )
}
# Skills whose name is also an ordinary word of a trade, with how the trade writes it: in a sentence reading so,
# it names no tool ("spark testing of alloys", "replace spark plugs", "spark erosion" ask no Apache Spark; "airflow
# balancing of ducts" asks no Apache Airflow). Session 24.
ORDINARY_SENSES = {
    "Spark": re.compile(
        r"\bspark[\s-]+(?:test\w*|plugs?|erosion|arrest\w*|gaps?|ignition|proof\w*|machin\w*)\b", re.IGNORECASE
    ),
    "Airflow": re.compile(
        r"\bair[\s-]?flows?[\s-]+(?:measur\w*|balanc\w*|readings?|rates?|test\w*|volumes?|velocit\w*|patterns?)\b"
        r"|\b(?:ducts?|ductwork|hvac|ventilation|cfm|fume\s+(?:cupboards?|hoods?)|cleanrooms?|diffusers?)\b",
        re.IGNORECASE,
    ),
}
# A language's two-letter initialism is also many a field's ("TS" trading standards, "JS" a joint service): it names
# the language only in a sentence about software, one holding a software word or another product of the vocabulary
# ("TS, React and Node"; "JS/TS" name each other). "full TS qualification (DTS / DCATS)" asks for no TypeScript.
SOFTWARE_INITIALISMS = frozenset({"TS", "JS"})
_SOFTWARE_WORDS = re.compile(
    r"\b(?:software|code|coding|coder|programm\w*|develop\w*|engineer\w*|front[\s-]?end|back[\s-]?end|full[\s-]?stack|"
    r"web|apps?|applications?|apis?|frameworks?|librar(?:y|ies)|scripts?|scripting|typed|compilers?|npm|repos?|"
    r"github|languages?)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[\n;•|]|(?<=[.!?])\s")
_TOKEN = re.compile(r"\.?[A-Za-z0-9][A-Za-z0-9+#&]*(?:[./-][A-Za-z0-9+#&]+)*")
_MAX_NGRAM = 4


def tokenize(text: str) -> list[str]:
    """Split text into word tokens, keeping 'C++', 'Node.js', 'CI/CD' and 'scikit-learn' whole."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str | None]]:
    """Map each lower-cased spelling (tokens joined by spaces) to (canonical, its tokens joined if case matters)."""
    index: dict[str, tuple[str, str | None]] = {}
    for name, aliases in SKILLS.items():
        for spelling in (name, *aliases):
            key = " ".join(tokenize(spelling)).lower()
            if key:
                index[key] = (name, " ".join(tokenize(spelling)) if spelling in CASED else None)
    return index


@lru_cache(maxsize=1)
def _longest() -> dict[str, int]:
    """Map each first token of a multi-word spelling to the most tokens (up to _MAX_NGRAM) a spelling from it has."""
    longest: dict[str, int] = {}
    for key in _index():
        words = key.split(" ")
        if len(words) > 1:
            longest[words[0]] = min(_MAX_NGRAM, max(longest.get(words[0], 1), len(words)))
    return longest


def skill_mentions(text: str) -> dict[str, str]:
    """Return {canonical skill: the spelling found} for every vocabulary skill in text, first mention kept.

    A general skill written as a named product's module ("Workday Recruiting", "QuickBooks Payroll") is part of
    the product's name, not a skill of its own: it counts only where it is also written apart from a product.
    """
    tokens = _TOKEN.findall(text)
    if not tokens:
        return {}
    hits = list(_vocabulary_hits(tokens))
    found: dict[str, str] = {}
    for _, _, hit, spelled in hits:
        _record(found, hit, spelled)
    for name in _only_as_modules(text, hits):
        found.pop(name, None)
    for name, spelled in list(found.items()):
        if spelled in OCCUPATION_SPELLINGS and _about_the_trade(text, spelled):
            del found[name]
        elif spelled in SOFTWARE_INITIALISMS and not _about_software(text, spelled, name):
            del found[name]
        elif name in ORDINARY_SENSES and _only_in_ordinary_sense(text, spelled, ORDINARY_SENSES[name]):
            del found[name]
    return found


def _vocabulary_hits(tokens: list[str]) -> Iterator[tuple[int, int, tuple[str, str | None], str]]:
    """Yield (first token, tokens spanned, vocabulary hit, spelling as written) for each n-gram the vocabulary has.

    Hits come in text order, shorter before longer at one place. This loop runs once per word of every posting,
    so it does the least per word: most words start no multi-word spelling and are one dictionary lookup.
    """
    lowered = " ".join(tokens).lower().split(" ")  # one lower() for the line; tokens hold no spaces
    index, longest = _index(), _longest()
    count = len(tokens)
    for i, word in enumerate(lowered):
        hit = index.get(word)
        if hit is not None:
            yield i, 1, hit, tokens[i]
        span = longest.get(word)
        if span is not None:
            for n in range(2, min(span, count - i) + 1):
                hit = index.get(" ".join(lowered[i : i + n]))
                if hit is not None:
                    yield i, n, hit, " ".join(tokens[i : i + n])


def _only_as_modules(text: str, hits: list[tuple[int, int, tuple[str, str | None], str]]) -> set[str]:
    """Return the general skills written only as a product's module ("Workday Recruiting"), never on their own.

    A module follows its product's spelling right after a single space and is capitalized.
    """
    product_ends: set[int] = set()  # the token index after each named product's spelling
    modules: set[str] = set()
    plain: set[str] = set()
    gaps: list[str] | None = None  # the text between tokens, found only when a module may follow a product
    for i, n, (name, _), spelled in hits:
        if name not in GENERAL_SKILLS:
            product_ends.add(i + n)
        elif i in product_ends and spelled[:1].isupper():
            gaps = gaps if gaps is not None else _TOKEN.split(text)  # gaps[i]: the text before token i
            (modules if gaps[i] == " " else plain).add(name)
        else:
            plain.add(name)
    return modules - plain


# "Chef" as a whole word, one pattern per spelling compiled once (not on every call)
_SPELLING_WORDS = {spelled: re.compile(rf"\b{re.escape(spelled)}\b") for spelled in OCCUPATION_SPELLINGS}


def _about_the_trade(text: str, spelled: str) -> bool:
    """Tell whether every sentence naming the spelling is about the trade it also names."""
    word, trade = _SPELLING_WORDS[spelled], OCCUPATION_SPELLINGS[spelled]
    holding = [sentence for sentence in _SENTENCE.split(text) if word.search(sentence)]
    return bool(holding) and all(trade.search(sentence) for sentence in holding)


def _only_in_ordinary_sense(text: str, spelled: str, ordinary: re.Pattern[str]) -> bool:
    """Tell whether every sentence naming the spelling reads it as the trade's ordinary word (``ORDINARY_SENSES``)."""
    word = re.compile(rf"(?<![A-Za-z0-9]){re.escape(spelled)}(?![A-Za-z0-9])", re.IGNORECASE)
    holding = [sentence for sentence in _SENTENCE.split(text) if sentence and word.search(sentence)]
    return bool(holding) and all(ordinary.search(sentence) for sentence in holding)


def _about_software(text: str, spelled: str, name: str) -> bool:
    """Tell whether a sentence naming a language's initialism ("TS") is about software.

    It is when it holds a software word, or names another product of the vocabulary (a general skill names none);
    the initialism alone (a skills list's keyword) is the tool.
    """
    if text.strip() == spelled:  # a skills list's keyword or a tag: the list is about tools
        return True
    word = re.compile(rf"(?<![A-Za-z0-9]){re.escape(spelled)}(?![A-Za-z0-9])")
    for sentence in _SENTENCE.split(text):
        if not sentence or not word.search(sentence):
            continue
        if _SOFTWARE_WORDS.search(sentence):
            return True
        if any(hit[0] not in (name, *GENERAL_SKILLS) for _, _, hit, _ in _vocabulary_hits(tokenize(sentence))):
            return True
    return False


def _record(found: dict[str, str], hit: tuple[str, str | None], spelled: str) -> None:
    """Keep a vocabulary hit's first spelling, unless the spelling's case matters and differs."""
    name, exact = hit
    if exact is None or spelled == exact:
        if found.get(name) in OCCUPATION_SPELLINGS:  # "Chef, Puppet": the unambiguous spelling speaks for the skill
            found[name] = spelled
        else:
            found.setdefault(name, spelled)


def find_skills(text: str) -> set[str]:
    """Return the canonical names of the vocabulary skills mentioned in text."""
    return set(skill_mentions(text))


def canonical_skill(name: str) -> str:
    """Return the vocabulary's name for a spelling, or the spelling itself when unknown."""
    found = find_skills(name)
    return next(iter(found)) if len(found) == 1 else name.strip()
