"""Scrapy settings of the kepatuhan crawler (production defaults; `kepatuhan crawl` and tests
override a few with `-s NAME=VALUE`). Contact: set KEPATUHAN_CONTACT (env) or -s CONTACT=...
so site owners can reach whoever runs the crawl."""

import os

BOT_NAME = "kepatuhan"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

CONTACT = os.environ.get("KEPATUHAN_CONTACT", "https://github.com/kepatuhan/kepatuhan")
USER_AGENT = f"kepatuhan/0.1 (research crawler for Ombudsman RI compliance-assessment news; +{CONTACT})"

# --- politeness --------------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "crawler.robots.KeepTextRobotParser"  # the spider reads its Sitemap: lines
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
CONCURRENT_ITEMS = 16  # Scrapy starts this many tasks per response; 100 (default) costs more than it gives
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5
# per-site overrides from the registry arrive as DOWNLOAD_SLOTS (JSON, keyed by host name) and
# ROBOTSTXT_IGNORE_HOSTS from crawler.crawl.politeness_settings

# --- robustness --------------------------------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # a 50 MB "page" is cut off and counted, not read
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0  # seconds; doubled per attempt
RETRY_BACKOFF_MAX = 60.0
REDIRECT_MAX_TIMES = 5
METAREFRESH_IGNORE_TAGS = ["noscript"]
COOKIES_ENABLED = False
HTTPERROR_ALLOWED_CODES: list[int] = []

# --- trap guards -------------------------------------------------------------------------------
DEPTH_LIMIT = 0  # depth is limited in link hops by TrapGuardMiddleware (pagination is free)
DEPTH_PRIORITY = 0
URLLENGTH_LIMIT = 300
TRAP_MAX_QUERY_VARIANTS = 200
TRAP_MAX_HOPS = 6
TRAP_MAX_PAGES = 5000

# --- wiring ------------------------------------------------------------------------------------
DOWNLOADER = "crawler.downloader.PriorityDownloader"  # keyword links first inside each site's queue too
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SiteScopeMiddleware": 60,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.SharedRobotsTxtMiddleware": 100,  # one robots.txt fetch, shared in Redis mode
    "crawler.middlewares.ConditionalGetMiddleware": 70,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.RedirectLoopMiddleware": 610,
    "crawler.middlewares.FetchStatsMiddleware": 950,
}
SPIDER_MIDDLEWARES = {"crawler.middlewares.TrapGuardMiddleware": 800}
ITEM_PIPELINES = {"crawler.pipelines.CorpusPipeline": 300}
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "crawler.extensions.CrawlReportExtension": 500,
    "crawler.extensions.RedisFrontierExtension": 510,
    "crawler.extensions.JobDirGuard": 520,  # a JOBDIR left by kill -9 is started over, not trusted
    "crawler.stopsignal.DuplicateSignalGuard": 530,  # the group's and the parent's SIGTERM are one stop
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.extensions.SiteAutoThrottle": 0,  # a registry site's delay is its floor
}

# The corpus database (also --db / KEPATUHAN_DB); None = the corpus default.
KEPATUHAN_DB = os.environ.get("KEPATUHAN_DB")
KEPATUHAN_REPORT_FILE = None

# Scheduler: Scrapy's own (with JOBDIR for pause/resume), or scrapy-redis when --redis is given
# (crawler.crawl sets SCHEDULER, DUPEFILTER_CLASS, REDIS_URL and the key names).
SCHEDULER_PERSIST = True
REDIS_IDLE_GRACE = 5.0

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
