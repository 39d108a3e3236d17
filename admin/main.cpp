// casekb-admin: manages the accounts and API tokens of the state database
// (casekb-server --state FILE). Every change is written to the audit log as
// done by "casekb-admin".
//
//   casekb-admin --state FILE init
//   casekb-admin --state FILE user add LOGIN --office OFFICE --role author|reviewer|trainer|admin
//   casekb-admin --state FILE user list
//   casekb-admin --state FILE user reset LOGIN           (new password; ends its sessions, lifts a lock-out)
//   casekb-admin --state FILE user disable|enable LOGIN
//   casekb-admin --state FILE user set LOGIN [--office OFFICE] [--role ROLE]
//   casekb-admin --state FILE token add LOGIN
//   casekb-admin --state FILE token list [LOGIN]
//   casekb-admin --state FILE token revoke SELECTOR
//   casekb-admin --state FILE audit [--limit N]
//
// A new password or token is printed alone as the last line of standard output.
// Environment: CASEKB_STATE (the flag wins).
// Exit codes: 0 ok; 1 usage; 2 invalid input (unknown login, taken login, bad
// name or role); 3 the state database cannot be opened or written.
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "workflow/accounts.h"
#include "workflow/audit.h"
#include "workflow/state_db.h"

namespace {

constexpr int kExitUsage = 1;
constexpr int kExitInvalid = 2;
constexpr int kExitFatal = 3;

const casekb::Actor kActor{"casekb-admin", ""};

int usage() {
  std::cerr << "使い方: casekb-admin --state FILE COMMAND\n"
               "  init                                   状態データベースを作る（またはスキーマを更新する）\n"
               "  user add LOGIN --office OFFICE --role author|reviewer|trainer|admin\n"
               "                                         利用者を作り、初期パスワードを最後の行に表示する\n"
               "  user list                              利用者の一覧\n"
               "  user reset LOGIN                       新しいパスワードを最後の行に表示する（ロックも解除）\n"
               "  user disable LOGIN | user enable LOGIN 利用を止める / 再開する\n"
               "  user set LOGIN [--office OFFICE] [--role ROLE]\n"
               "  token add LOGIN                        API トークンを作り、最後の行に表示する\n"
               "  token list [LOGIN] | token revoke SELECTOR\n"
               "  audit [--limit N]                      監査ログの新しい順\n";
  return kExitUsage;
}

int invalid(const std::string& message) {
  std::cerr << message << '\n';
  return kExitInvalid;
}

}  // namespace

int main(int argc, char** argv) {
  const char* env_state = std::getenv("CASEKB_STATE");
  std::string state = env_state ? env_state : "";
  std::vector<std::string> words;
  std::map<std::string, std::string> options;  // --office, --role, --limit
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") return usage(), 0;
    if (arg.rfind("--", 0) == 0) {
      if (i + 1 >= argc) return usage();
      if (arg == "--state") state = argv[++i];
      else if (arg == "--office" || arg == "--role" || arg == "--limit") options[arg] = argv[++i];
      else return usage();
    } else {
      words.push_back(arg);
    }
  }
  if (state.empty() || words.empty()) return usage();

  casekb::StateDb::Opened opened = casekb::StateDb::open(state);
  if (!opened.db) {
    std::cerr << opened.error << '\n';
    return kExitFatal;
  }
  casekb::Accounts accounts(*opened.db);
  const auto word = [&](std::size_t i) { return i < words.size() ? words[i] : std::string(); };
  const auto role_option = [&]() -> std::optional<casekb::Role> { return casekb::parse_role(options["--role"]); };
  const std::string command = word(0) + (words.size() > 1 ? " " + word(1) : "");
  try {
    if (word(0) == "init" && words.size() == 1) {
      std::cout << "状態データベース " << state << "（スキーマ " << opened.db->schema_version() << "）の準備ができました。\n";
      return 0;
    }
    if (command == "user add" && words.size() == 3) {
      if (!options.count("--office") || !options.count("--role")) return usage();
      const auto role = role_option();
      if (!role) return invalid("役割は author、reviewer、trainer、admin のどれかです。");
      const auto added = accounts.add_user(word(2), options["--office"], *role, kActor);
      if (!added.account) return invalid(added.error);
      std::cout << "利用者 " << added.account->login << "（" << casekb::role_name(added.account->role) << "、"
                << added.account->office << "）を作りました。初期パスワード:\n"
                << added.secret << std::endl;
      return 0;
    }
    if (command == "user list" && words.size() == 2) {
      for (const casekb::Account& a : accounts.list_users()) {
        std::cout << a.login << '\t' << casekb::role_name(a.role) << '\t' << a.office << '\t'
                  << (a.disabled ? "disabled" : "active") << '\n';
      }
      return 0;
    }
    if (command == "user reset" && words.size() == 3) {
      const auto reset = accounts.reset_password(word(2), kActor);
      if (!reset.account) return invalid(reset.error);
      std::cout << "利用者 " << word(2) << " の新しいパスワード:\n" << reset.secret << std::endl;
      return 0;
    }
    if ((command == "user disable" || command == "user enable") && words.size() == 3) {
      const std::string error = accounts.set_disabled(word(2), word(1) == "disable", kActor);
      if (!error.empty()) return invalid(error);
      std::cout << "利用者 " << word(2) << (word(1) == "disable" ? " の利用を止めました。" : " の利用を再開しました。")
                << '\n';
      return 0;
    }
    if (command == "user set" && words.size() == 3) {
      if (!options.count("--office") && !options.count("--role")) return usage();
      if (options.count("--role")) {
        const auto role = role_option();
        if (!role) return invalid("役割は author、reviewer、trainer、admin のどれかです。");
        const std::string error = accounts.set_role(word(2), *role, kActor);
        if (!error.empty()) return invalid(error);
      }
      if (options.count("--office")) {
        const std::string error = accounts.set_office(word(2), options["--office"], kActor);
        if (!error.empty()) return invalid(error);
      }
      std::cout << "利用者 " << word(2) << " を変更しました。\n";
      return 0;
    }
    if (command == "token add" && words.size() == 3) {
      const auto token = accounts.add_token(word(2), kActor);
      if (!token.account) return invalid(token.error);
      std::cout << "利用者 " << word(2) << " の API トークン（Authorization: Bearer に使う。再表示はできません）:\n"
                << token.secret << std::endl;
      return 0;
    }
    if (command == "token list" && words.size() <= 3) {
      for (const auto& t : accounts.list_tokens(word(2))) {
        std::cout << t.selector << '\t' << t.login << '\t' << casekb::iso_utc(t.created) << '\t'
                  << (t.revoked ? "revoked" : "active") << '\n';
      }
      return 0;
    }
    if (command == "token revoke" && words.size() == 3) {
      const std::string error = accounts.revoke_token(word(2), kActor);
      if (!error.empty()) return invalid(error);
      std::cout << "トークン " << word(2) << " を無効にしました。\n";
      return 0;
    }
    if (word(0) == "audit" && words.size() == 1) {
      std::size_t limit = 50;
      if (options.count("--limit")) limit = static_cast<std::size_t>(std::stoul(options["--limit"]));
      for (const auto& e : casekb::read_audit(*opened.db, "", "", limit)) {
        std::cout << casekb::iso_utc(e.time) << '\t' << e.login << '\t' << e.office << '\t' << e.action << '\t'
                  << e.case_id << '\t' << e.sha256 << '\t' << e.detail << '\n';
      }
      return 0;
    }
  } catch (const casekb::StateError& e) {
    std::cerr << "状態データベースに書き込めません（" << e.what() << "）。\n";
    return kExitFatal;
  } catch (const std::logic_error&) {
    return usage();  // --limit that is not a number
  }
  return usage();
}
