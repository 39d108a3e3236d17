// Case ↔ JSON record over the front-matter field table.
#include "case/record.h"

#include "case/fields.h"

namespace casekb {

nlohmann::json case_record(const Case& c) {
  nlohmann::json record = {{"id", c.id}, {"area", c.area}};
  for (const FrontMatterField& field : kFrontMatterFields) {
    const std::string key(field.key);
    if (field.list) {
      record[key] = c.*field.list;
    } else {
      record[key] = c.*field.text;
    }
  }
  return record;
}

void case_from_record(const nlohmann::json& record, Case& c) {
  const auto text = [&](const std::string& key) {
    const auto it = record.find(key);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  c.id = text("id");
  c.area = text("area");
  for (const FrontMatterField& field : kFrontMatterFields) {
    const std::string key(field.key);
    if (field.list) {
      std::vector<std::string> values;
      const auto it = record.find(key);
      if (it != record.end() && it->is_array()) {
        for (const auto& v : *it) {
          if (v.is_string()) values.push_back(v.get<std::string>());
        }
      }
      c.*field.list = std::move(values);
    } else {
      c.*field.text = text(key);
    }
  }
}

}  // namespace casekb
