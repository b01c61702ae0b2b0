// The message of the exception a test expects: one place for try / fail / catch.
#pragma once

#include <gtest/gtest.h>

#include <exception>
#include <string>

// The message of the E that `work` throws; a test failure naming `expected` (what should have
// been refused) and "" when it throws none. Any other exception goes on to the test.
template <class E = std::exception, class Work>
std::string thrown_message(Work&& work, const std::string& expected) {
  try {
    work();
  } catch (const E& e) {
    return e.what();
  }
  ADD_FAILURE() << "no exception: " << expected;
  return "";
}
