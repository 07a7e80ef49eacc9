"""Demo data: IoT Sverige's year 2022, taken from the programme's annual report.

Everything here is a fact the report states; nothing is invented. The facts are data, one module
per subject: records.py (what a fact looks like; approximate dates), people.py (organisations,
people, who works where), portfolio.py (calls, projects, networks), events.py (the year's
activities, notes); builder.py writes them through the services in one transaction.

    with KnowledgeBase.open("demo.db") as kb:
        counts = create_demo(kb)   # {"organisation": 28, "contact": 21, ...}
"""

from db.demo.builder import create_demo

__all__ = ["create_demo"]
