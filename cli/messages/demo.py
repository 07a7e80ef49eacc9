"""The command line's texts of the codes of db/demo (the annual report's demo data)."""

TEXT: dict[str, str] = {
    "demo_needs_empty_knowledge_base": "the demo data goes into an empty knowledge base; this one already holds "
                                       "{records} records ({entities})",
}
