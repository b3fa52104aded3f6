# For the containers of docker-compose.yml only: `npm run start:cluster` generates its own
# (scripts/cluster.ts) and never reads this one.
#
# The site processes (web1, web2) as the director `site`, the probe that tells Varnish which of them
# answer, and who may purge. Every host name below, in the backends and in the ACL alike, is looked up
# once, when this VCL compiles (Varnish's start): the site containers must be running by then, and a
# site container recreated with another address needs Varnish restarted to find it (and let it purge).
import directors;

# /robots.txt is rendered per request without the CMS or Redis: it answers whenever the process does.
probe site_up {
  .url = "/robots.txt";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

backend web1 {
  .host = "web1";
  .port = "3000";
  .probe = site_up;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
}

backend web2 {
  .host = "web2";
  .port = "3000";
  .probe = site_up;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
}

# Only the site processes purge, after they have dropped the same tags from Redis. Names, not the
# network's range: visitors arriving through a published port can appear from the network's gateway.
acl purgers {
  "web1";
  "web2";
}

sub vcl_init {
  new site = directors.round_robin();
  site.add_backend(web1);
  site.add_backend(web2);
}
