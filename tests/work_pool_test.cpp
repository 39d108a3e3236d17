#include "work_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>

namespace casekb {

using namespace std::chrono_literals;

TEST(WorkPool, RunsTheJobAndReturnsItsValue) {
  WorkPool pool(1, 0);
  const WorkResult<int> result = pool.run([] { return 42; }, 5000ms);
  ASSERT_TRUE(result.value);
  EXPECT_EQ(*result.value, 42);
  EXPECT_FALSE(result.refusal);
}

TEST(WorkPool, JobBeyondThreadsAndQueue_IsRefusedAtOnce) {
  WorkPool pool(1, 0);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<bool> started{false};
  auto blocking = std::async(std::launch::async, [&] {
    return pool.run([&started, released] {
      started = true;
      released.wait();
      return 1;
    }, 10000ms);
  });
  while (!started) std::this_thread::sleep_for(1ms);
  const auto before = std::chrono::steady_clock::now();
  const WorkResult<int> refused = pool.run([] { return 2; }, 10000ms);
  EXPECT_LT(std::chrono::steady_clock::now() - before, 1000ms);
  ASSERT_TRUE(refused.refusal);
  EXPECT_EQ(*refused.refusal, WorkRefusal::kBusy);
  release.set_value();
  EXPECT_EQ(*blocking.get().value, 1);
}

TEST(WorkPool, SlowJob_TimesOut_AndAQueuedJobWhoseCallerLeftIsSkipped) {
  WorkPool pool(1, 1);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  const WorkResult<int> slow = pool.run([released] {
    released.wait();
    return 1;
  }, 50ms);
  ASSERT_TRUE(slow.refusal);
  EXPECT_EQ(*slow.refusal, WorkRefusal::kTimedOut);
  auto ran = std::make_shared<std::atomic<bool>>(false);
  const WorkResult<int> queued = pool.run([ran] {
    *ran = true;
    return 2;
  }, 50ms);  // waits behind the slow job and gives up
  EXPECT_EQ(*queued.refusal, WorkRefusal::kTimedOut);
  release.set_value();
  WorkResult<int> after = pool.run([] { return 3; }, 5000ms);
  for (int i = 0; i < 100 && after.refusal; ++i) {  // busy until the slow job ends and the skipped one is popped
    std::this_thread::sleep_for(10ms);
    after = pool.run([] { return 3; }, 5000ms);
  }
  ASSERT_TRUE(after.value);  // the pool goes on
  EXPECT_EQ(*after.value, 3);
  EXPECT_FALSE(*ran);
}

TEST(WorkPool, ExceptionsReachTheCaller) {
  WorkPool pool(1, 0);
  EXPECT_THROW(pool.run([]() -> int { throw std::runtime_error("boom"); }, 5000ms), std::runtime_error);
}

}  // namespace casekb
