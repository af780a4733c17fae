"""A small skill vocabulary with synonyms, so 'JS' and 'JavaScript' count as one skill."""

from __future__ import annotations

import re
from functools import lru_cache

# canonical name -> other spellings; matched case-insensitively on word boundaries
SKILLS: dict[str, tuple[str, ...]] = {
    "Python": (),
    "JavaScript": ("JS", "ECMAScript"),
    "TypeScript": ("TS",),
    "Java": (),
    "Go": ("Golang",),
    "Rust": (),
    "Ruby": (),
    "Ruby on Rails": ("Rails", "RoR"),
    "PHP": (),
    "C++": ("cpp",),
    "C#": ("csharp",),
    "Kotlin": (),
    "Swift": (),
    "Scala": (),
    "R": (),
    "SQL": (),
    "Bash": ("shell scripting",),
    "HTML": ("HTML5", "HTML 5"),
    "CSS": ("CSS3",),
    "React": ("React.js", "ReactJS"),
    "Angular": ("AngularJS",),
    "Vue": ("Vue.js",),
    "Ember.js": ("Ember", "EmberJS"),
    "Next.js": ("NextJS",),
    "Node.js": ("Node", "NodeJS"),
    "d3.js": ("d3",),
    "Django": (),
    "Flask": (),
    "FastAPI": (),
    "Spring": ("Spring Boot",),
    "GraphQL": (),
    "REST": ("RESTful", "REST APIs"),
    "gRPC": (),
    "PostgreSQL": ("Postgres",),
    "MySQL": (),
    "SQLite": (),
    "MongoDB": ("Mongo",),
    "Redis": (),
    "Elasticsearch": (),
    "Kafka": (),
    "RabbitMQ": (),
    "Celery": (),
    "AWS": ("Amazon Web Services",),
    "GCP": ("Google Cloud",),
    "Azure": (),
    "Docker": (),
    "Kubernetes": ("k8s",),
    "Terraform": (),
    "Linux": ("Unix",),
    "Git": (),
    "CI/CD": ("continuous integration", "continuous deployment"),
    "Microservices": (),
    "Distributed systems": (),
    "Machine learning": ("ML",),
    "Deep learning": (),
    "NLP": ("natural language processing",),
    "Data analysis": ("data analytics",),
    "Statistics": (),
    "pandas": (),
    "NumPy": (),
    "scikit-learn": ("sklearn",),
    "PyTorch": (),
    "TensorFlow": (),
    "Spark": (),
    "Airflow": (),
    "dbt": (),
    "Tableau": (),
    "Excel": (),
    "LLM": ("large language models",),
    "Android": (),
    "iOS": (),
    "Figma": (),
    "UX": ("user experience",),
    "UI": ("user interface",),
    "Agile": ("Scrum",),
    "Testing": ("unit testing", "test automation"),
    "Monitoring": ("observability",),
    "On-call": ("on call",),
    "Security": (),
    "Salesforce": (),
    "SaaS": (),
    "B2B": (),
    "SEO": (),
    "Project management": (),
    "Product management": (),
    "Sales": (),
    "Marketing": (),
    "Recruiting": (),
}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    compiled = []
    for name, aliases in SKILLS.items():
        spellings = sorted({name, *aliases}, key=len, reverse=True)
        alternation = "|".join(re.escape(s) for s in spellings)
        # R and Go are also ordinary words: only their exact capitalized form counts
        flags = 0 if name in {"R", "Go", "UI", "UX", "ML", "TS", "JS"} else re.IGNORECASE
        compiled.append((name, re.compile(rf"(?<![\w+#.])(?:{alternation})(?![\w+#])", flags)))
    return compiled


def find_skills(text: str) -> set[str]:
    """Return the canonical names of the vocabulary skills mentioned in text."""
    return {name for name, pattern in _patterns() if pattern.search(text)}


def canonical_skill(name: str) -> str:
    """Return the vocabulary's name for a spelling, or the spelling itself when unknown."""
    found = find_skills(name)
    return next(iter(found)) if len(found) == 1 else name.strip()
