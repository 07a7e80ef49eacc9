"""The import wizard's pages, by the ids QWizard knows them by (currentId(), page(id))."""

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT = range(4)
