// Helpers shared by the tests: temporary directories, files, running the real
// executables, and a server process on an ephemeral loopback port.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace casekb::testing {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "casekb-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

inline void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Copies a corpus directory (taxonomy.yaml + cases/) to dest.
inline void copy_corpus(const fs::path& from, const fs::path& dest) {
  fs::create_directories(dest);
  fs::copy(from, dest, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs a shell command line and captures its output.
inline CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

// casekb-server on 127.0.0.1 with --port 0; reads the "listening on" line to
// learn the port; terminated when destroyed.
class ServerProcess {
 public:
  ServerProcess(const std::string& binary, const std::string& db, const std::string& corpus,
                const std::vector<std::string>& extra_args = {}) {
    std::vector<std::string> args{binary, "--db", db, "--corpus", corpus, "--host", "127.0.0.1", "--port", "0"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execv(binary.c_str(), argv.data());
      _exit(127);
    }
    close(out[1]);
    FILE* stream = fdopen(out[0], "r");
    char line[512];
    const std::string prefix = "listening on http://127.0.0.1:";
    while (fgets(line, sizeof line, stream)) {
      const std::string text(line);
      if (text.rfind(prefix, 0) == 0) {
        port_ = std::stoi(text.substr(prefix.size()));
        break;
      }
    }
    stream_ = stream;
    if (port_ == 0) throw std::runtime_error("server did not report a port");
  }
  ~ServerProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status;
      waitpid(pid_, &status, 0);
    }
    if (stream_) fclose(stream_);
  }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  FILE* stream_ = nullptr;
};

// Time bounds in tests are multiplied by $CASEKB_TEST_TIME_SCALE (default 1):
// the sanitizer build runs the same tests several times slower.
inline double time_scale() {
  const char* value = std::getenv("CASEKB_TEST_TIME_SCALE");
  const double scale = value ? std::atof(value) : 1.0;
  return scale > 0 ? scale : 1.0;
}

}  // namespace casekb::testing
