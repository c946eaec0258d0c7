"""mkdocs hook: the files outside docs/ that pages link to ("../examples/lecture.cpp",
"../include/ctdiff/functions.hpp#L52") are added to the site under repo/, so the same relative link
works on a forge's file view and in the built site, and `mkdocs build --strict` still reports a
link to a file that does not exist."""
import os
import re

from mkdocs.structure.files import File

LINK = re.compile(r"\]\((\.\./[^)#\s]+)")


def on_files(files, config):
    docs = config["docs_dir"]
    root = os.path.dirname(os.path.abspath(docs))
    seen = set()
    for page in files.documentation_pages():
        with open(page.abs_src_path, encoding="utf-8") as f:
            text = f.read()
        for target in LINK.findall(text):
            uri = os.path.normpath(os.path.join(os.path.dirname(page.src_uri), target)).replace(os.sep, "/")
            if uri in seen or not uri.startswith("../") or not os.path.isfile(os.path.join(docs, uri)):
                continue
            seen.add(uri)
            f = File(uri, docs, config["site_dir"], config["use_directory_urls"])
            inside = "repo/" + uri[len("../"):]
            f.dest_uri = inside
            f.abs_dest_path = os.path.normpath(os.path.join(config["site_dir"], inside))
            f.url = inside
            files.append(f)
    return files
