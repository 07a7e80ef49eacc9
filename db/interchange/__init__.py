"""Files other programs read and write: vCard, iCalendar, CSV/Excel (with their column maps), the
import pipeline (read, plan, apply), the JSON dump of a whole knowledge base, and list export."""
