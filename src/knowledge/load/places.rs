//! Places: DGFT Regional Authorities, districts with their names and aliases, the export
//! products of districts, and PIN codes (`districts/*.csv`).

use std::collections::{HashMap, HashSet};

use super::Loader;
use super::rules::{self, split_list};
use crate::knowledge::{District, KnowledgeError, LangMap, RegionalAuthority};
use crate::lang::Lang;

const DISTRICT_HEADER: [&str; 14] = [
    "state",
    "district",
    "aliases",
    "hi",
    "bn",
    "ta",
    "te",
    "mr",
    "gu",
    "kn",
    "ml",
    "pa",
    "or",
    "regional_authority",
];

impl Loader {
    pub(super) fn load_regional_authorities(&mut self) -> Result<(), KnowledgeError> {
        let header = ["id", "name", "city", "url"];
        let Some(table) = self.table("districts/regional_authorities.csv", &header)? else {
            return Ok(());
        };
        for (line, rec) in &table.rows {
            let id = rec[0].trim().to_string();
            if !rules::is_slug(&id) {
                let msg = format!("authority id {id:?} must be a slug");
                self.diags.error(&table.shown, *line, msg);
                continue;
            }
            let ra = RegionalAuthority {
                id: id.clone(),
                name: rec[1].trim().to_string(),
                city: rec[2].trim().to_string(),
                url: Some(rec[3].trim().to_string()).filter(|u| !u.is_empty()),
            };
            if self
                .kb
                .regional_authorities
                .insert(id.clone(), ra)
                .is_some()
            {
                let msg = format!("authority id {id:?} is listed twice");
                self.diags.error(&table.shown, *line, msg);
            }
        }
        Ok(())
    }

    pub(super) fn load_districts(&mut self) -> Result<(), KnowledgeError> {
        let Some(table) = self.table("districts/districts.csv", &DISTRICT_HEADER)? else {
            return Ok(());
        };
        let mut seen = HashSet::new();
        for (line, rec) in &table.rows {
            let (shown, line) = (table.shown.as_path(), *line);
            let state = rec[0].trim().to_uppercase();
            let name = rec[1].trim().to_uppercase();
            if state.is_empty() || name.is_empty() {
                self.diags
                    .error(shown, line, "state and district are required");
                continue;
            }
            if !seen.insert((state.clone(), name.clone())) {
                let msg = format!("district {name} ({state}) is listed twice");
                self.diags.error(shown, line, msg);
                continue;
            }
            let mut names = LangMap::new();
            for (col, header) in DISTRICT_HEADER.iter().enumerate().take(13).skip(3) {
                let lang = Lang::parse(header).expect("header languages are valid");
                if let Some(first) = split_list(&rec[col]).into_iter().next() {
                    names.insert(lang, first);
                }
            }
            let ra = rec[13].trim().to_string();
            let known = self.kb.regional_authorities.contains_key(&ra);
            if !ra.is_empty() && !known {
                let msg = format!("regional authority {ra:?} is not in regional_authorities.csv");
                self.diags.error(shown, line, msg);
            }
            self.kb.districts.push(District {
                state,
                name,
                aliases: split_list(&rec[2]),
                names,
                regional_authority: Some(ra).filter(|_| known),
                products: Vec::new(),
                products_source: None,
            });
        }
        Ok(())
    }

    /// (STATE, DISTRICT) in capitals → index into `kb.districts`.
    fn district_index(&self) -> HashMap<(String, String), usize> {
        self.kb
            .districts
            .iter()
            .enumerate()
            .map(|(i, d)| ((d.state.clone(), d.name.clone()), i))
            .collect()
    }

    pub(super) fn load_products(&mut self) -> Result<(), KnowledgeError> {
        let header = ["state", "district", "products", "source"];
        let Some(table) = self.table("districts/products.csv", &header)? else {
            return Ok(());
        };
        let index = self.district_index();
        for (line, rec) in &table.rows {
            let (shown, line) = (table.shown.as_path(), *line);
            let key = (rec[0].trim().to_uppercase(), rec[1].trim().to_uppercase());
            let Some(&i) = index.get(&key) else {
                let msg = format!("no district {} in {} (see districts.csv)", key.1, key.0);
                self.diags.error(shown, line, msg);
                continue;
            };
            let products = split_list(&rec[2]);
            if products.is_empty() {
                self.diags.error(shown, line, "list at least one product");
                continue;
            }
            let d = &mut self.kb.districts[i];
            if !d.products.is_empty() {
                let msg = format!("district {} has two product rows", key.1);
                self.diags.error(shown, line, msg);
                continue;
            }
            d.products = products;
            d.products_source = Some(rec[3].trim().to_string()).filter(|s| !s.is_empty());
        }
        Ok(())
    }

    pub(super) fn load_pincodes(&mut self) -> Result<(), KnowledgeError> {
        let header = ["pincode", "state", "district"];
        let Some(table) = self.table("districts/pincodes.csv", &header)? else {
            return Ok(());
        };
        let index = self.district_index();
        for (line, rec) in &table.rows {
            let (shown, line) = (table.shown.as_path(), *line);
            let pin = rec[0].trim();
            let Some(pin) = pin.parse::<u32>().ok().filter(|_| pin.len() == 6) else {
                let msg = format!("{pin:?} is not a 6-digit PIN code");
                self.diags.error(shown, line, msg);
                continue;
            };
            let key = (rec[1].trim().to_uppercase(), rec[2].trim().to_uppercase());
            match index.get(&key) {
                Some(&i) if self.kb.pincodes.insert(pin, i).is_some() => {
                    let msg = format!("PIN code {pin} is listed twice");
                    self.diags.error(shown, line, msg);
                }
                Some(_) => {}
                None => {
                    let msg = format!("no district {} in {}", key.1, key.0);
                    self.diags.error(shown, line, msg);
                }
            }
        }
        Ok(())
    }
}
