// Passwords, tokens and their comparison, all through libsodium: argon2id for
// passwords (crypto_pwhash_str), random bytes for tokens, SHA-256 of a token's
// secret as what is stored, and constant-time comparison of those hashes.
#pragma once

#include <string>
#include <string_view>

namespace casekb {

// An argon2id hash string (with its salt and cost) for password; throws
// std::runtime_error when memory for it cannot be had.
std::string hash_password(std::string_view password);
// True if password matches hash (constant time in the password).
bool verify_password(const std::string& hash, std::string_view password);
// Spends the same time as verify_password for an unknown login, so a login
// form does not tell which logins exist.
void spend_password_time(std::string_view password);

// A new password of 20 characters from an alphabet without look-alikes.
std::string generate_password();
// `bytes` random bytes as lower-case hex.
std::string random_hex(std::size_t bytes);

// SHA-256 of a token's secret part, hex: what the database keeps.
std::string secret_hash(std::string_view secret);
// a == b in time independent of where they differ (sodium_memcmp); false for
// different lengths.
bool equal_in_constant_time(std::string_view a, std::string_view b);

}  // namespace casekb
