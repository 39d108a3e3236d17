// A small pool for requests whose cost grows with what the client sends
// (checking a draft, "cases like my client"). They run on the pool's own
// threads, at most `threads` at once with `max_waiting` queued, so searches on
// the HTTP workers never queue behind them and such requests can take at most
// `threads` cores; each caller waits at most its time budget.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace casekb {

enum class WorkRefusal {
  kBusy,      // every thread busy and the queue full: refused at once
  kTimedOut,  // not finished within the budget (the result is dropped)
};

template <typename T>
struct WorkResult {
  std::optional<T> value;
  std::optional<WorkRefusal> refusal;
};

class WorkPool {
 public:
  WorkPool(std::size_t threads, std::size_t max_waiting);
  ~WorkPool();
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // Runs job() on the pool and waits for it at most `budget`. The job must own
  // everything it reads (capture by value): after a time-out the caller is gone
  // while the job may still run. A job still queued when its caller gives up is
  // skipped. Exceptions from job() reach the caller.
  template <typename Job>
  WorkResult<std::invoke_result_t<Job>> run(Job job, std::chrono::milliseconds budget) {
    using T = std::invoke_result_t<Job>;
    auto task = std::make_shared<std::packaged_task<T()>>(std::move(job));
    std::future<T> future = task->get_future();
    auto abandoned = std::make_shared<std::atomic<bool>>(false);
    if (!submit([task, abandoned] {
          if (!abandoned->load()) (*task)();
        })) {
      return {std::nullopt, WorkRefusal::kBusy};
    }
    if (future.wait_for(budget) != std::future_status::ready) {
      abandoned->store(true);
      return {std::nullopt, WorkRefusal::kTimedOut};
    }
    return {future.get(), std::nullopt};
  }

 private:
  bool submit(std::function<void()> job);
  void work();

  const std::size_t capacity_;  // threads + max_waiting
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  std::size_t running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace casekb
