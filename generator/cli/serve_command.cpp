#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "serve/live_server.h"

namespace gazette {

int run_serve(const ServeOptions& o) {
  // Block SIGINT/SIGTERM in every thread; one thread waits for them and stops
  // the server, so Ctrl-C ends run() normally instead of killing mid-write.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  ServeSettings s;
  s.site_dir = o.site;
  s.bind = o.bind;
  s.port = o.port;
  s.jobs = o.jobs;
  s.log = [](const std::string& line) {
    std::fprintf(stderr, "gazette serve: %s\n", line.c_str());
    std::fflush(stderr);
  };
  LiveServer server(s);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    if (sig == SIGINT || sig == SIGTERM) server.stop();
  });
  int rc = server.run();
  if (rc != 0) pthread_kill(waiter.native_handle(), SIGTERM);  // release the waiter
  waiter.join();
  if (rc == 0) std::fprintf(stderr, "gazette serve: stopped\n");
  return rc;
}

}  // namespace gazette
