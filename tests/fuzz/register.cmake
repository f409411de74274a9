# One CTest test that builds the standalone libFuzzer project in tests/fuzz with clang and runs the CSV reader
# fuzzer for a short while; it fails on any crash or sanitizer report, and is skipped without clang++.
add_test(NAME fuzz_csvreader
    COMMAND ${CMAKE_SOURCE_DIR}/tests/fuzz/run-fuzz.sh ${CMAKE_BINARY_DIR}/fuzz 15)
set_tests_properties(fuzz_csvreader PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600 LABELS fuzz)
