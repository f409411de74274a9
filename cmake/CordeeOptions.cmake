# One INTERFACE target carries the language level, warnings and strict Qt defines for every target.
add_library(cordee_options INTERFACE)
target_compile_features(cordee_options INTERFACE cxx_std_20)
target_compile_options(cordee_options INTERFACE -Wall -Wextra -Wpedantic)
if(CORDEE_WERROR)
    target_compile_options(cordee_options INTERFACE -Werror)
endif()
target_compile_definitions(cordee_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CORDEE_VERSION="${PROJECT_VERSION}")
if(CORDEE_SANITIZE)
    target_compile_options(cordee_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(cordee_options INTERFACE -fsanitize=address,undefined)
endif()
