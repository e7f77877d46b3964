"""Local test sites for the crawler: realistic Indonesian news sites served on 127.0.0.1.

    from tests.sites import build_wordpress, build_blogger, build_portal, SiteServer
    with SiteServer(build_wordpress()) as srv:  ... srv.url, srv.hits

Article texts are the team's own writing (real facts about the Ombudsman assessment are fine).
"""

from .server import Resource, SiteServer
from .styles import build_blogger, build_portal, build_wordpress, build_faulty

__all__ = ["Resource", "SiteServer", "build_wordpress", "build_blogger", "build_portal", "build_faulty"]
