// WorkPool: fixed threads over a bounded queue.
#include "work_pool.h"

namespace casekb {

WorkPool::WorkPool(std::size_t threads, std::size_t max_waiting)
    : capacity_(std::max<std::size_t>(1, threads) + max_waiting) {
  for (std::size_t i = 0; i < std::max<std::size_t>(1, threads); ++i) threads_.emplace_back([this] { work(); });
}

WorkPool::~WorkPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (std::thread& t : threads_) t.join();
}

bool WorkPool::submit(std::function<void()> job) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    // Jobs running plus jobs waiting: independent of how soon a thread wakes.
    if (stopping_ || running_ + queue_.size() >= capacity_) return false;
    queue_.push_back(std::move(job));
  }
  ready_.notify_one();
  return true;
}

void WorkPool::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      job = std::move(queue_.front());
      queue_.pop_front();
      ++running_;
    }
    job();
    job = nullptr;  // what the job holds is released before it counts as done
    std::lock_guard<std::mutex> lock(mutex_);
    --running_;
  }
}

}  // namespace casekb
