"""What the generator owns inside docs/: these folders entirely, and these single files.

Kept apart from generator.site so that a build can check them (generator.buildstamp) without
importing the site's renderers.
"""
OWNED_DIRS = ("articles", "stories", "people", "organizations", "places", "groups", "topics", "quality", "data")
OWNED_FILES = ("index.md",)
OWNED = OWNED_FILES + OWNED_DIRS
