/**
 * Citation test table: refusal sentences in the forms UK authorities actually write, with the
 * canonical grounds they apply, as ../shared/docs/labels.md defines them.
 *
 * - `regime` is the act of the letter the sentence comes from; it decides the act only when the
 *   sentence itself names none ("section 31" in a Scottish letter is FOISA s31).
 * - `expected` lists every provision APPLIED as a reason for withholding or refusing, in canonical
 *   form (`FOIA s31(1)(a)`, `EIR 12(4)(b)`, `FOISA s35(1)(a)`, `EISR 10(5)(b)`), at the precision
 *   written. A provision cited both bare and with a sub-section keeps only its most precise form.
 *   Order is the order of first appearance; compare as sets if order is not what you test.
 * - Provisions only mentioned (s1(1), s2 public interest wording, s10, s16, s17, s50, FOISA s17
 *   notices, s20, s47, EIR 11, 12(1), 12(2), 14, 18) give no ground. Not-held provisions (EIR
 *   12(4)(a), EISR 10(4)(a), FOISA s17) give no ground either: the question is `not_held`, and
 *   labels.md gives grounds only to `exempt` questions.
 * - Grounds named without a number give the section-level ground when the name is unambiguous.
 *
 * Every sentence was written for this table; none is copied from a real letter.
 */
import type { Act } from "../../src/core/types.js";

export interface CitationCase {
  text: string;
  regime: Act;
  expected: string[];
}

export const citationTable: CitationCase[] = [
  // --- FOIA: single provisions in every spelling -------------------------------------------
  { text: "The information is exempt under section 31(1)(a) of the Freedom of Information Act 2000.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "We have applied S31(1)(a) – Law Enforcement.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "This information is withheld under S.31(1)(a) of the FOIA.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "The Trust is relying on Section 31 (1) (a) to withhold the details.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "The exemption at s.31(1)(a) applies to this part of your request.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "We consider that s 31(1)(a) applies, as disclosure would prejudice the prevention of crime.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "The details are exempt under Sec. 31(1)(a) FOIA.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "This is exempt under section 31 (1)(a) of the Act.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "The supplier's pricing is exempt under sec 43 of the Act.", regime: "FOIA", expected: ["FOIA s43"] },
  { text: "We are withholding the contract value under section 43 subsection (2) of the Freedom of Information Act.", regime: "FOIA", expected: ["FOIA s43(2)"] },
  { text: "The names of junior staff are exempt under Section 40 (2).", regime: "FOIA", expected: ["FOIA s40(2)"] },
  { text: "The report is withheld under section 31 of the Freedom of Information Act 2000.", regime: "FOIA", expected: ["FOIA s31"] },
  { text: "We are relying on FOIA section 24(1) to withhold this information.", regime: "FOIA", expected: ["FOIA s24(1)"] },
  { text: "The correspondence is exempt under section 41(1)(b) because it was provided in confidence.", regime: "FOIA", expected: ["FOIA s41(1)(b)"] },
  { text: "The legal advice is subject to legal professional privilege and exempt under section 42(1).", regime: "FOIA", expected: ["FOIA s42(1)"] },
  { text: "Disclosure is prohibited by another enactment, so section 44(1)(a) applies.", regime: "FOIA", expected: ["FOIA s44(1)(a)"] },
  { text: "In the opinion of the qualified person, section 36(2)(c) of the Act is engaged.", regime: "FOIA", expected: ["FOIA s36(2)(c)"] },

  // --- FOIA: lists and shared prefixes ------------------------------------------------------
  { text: "The information is exempt under sections 31(1)(a) and (b) of the Act.", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(1)(b)"] },
  { text: "We are withholding this under section 31(1)(a)(b) of the Freedom of Information Act 2000.", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(1)(b)"] },
  { text: "Some information has been withheld under s.40(2) and 43(2) of the FOIA.", regime: "FOIA", expected: ["FOIA s40(2)", "FOIA s43(2)"] },
  { text: "We are withholding the information under Sections 24, and 31 of the Freedom of Information Act.", regime: "FOIA", expected: ["FOIA s24", "FOIA s31"] },
  { text: "The information is exempt under Sections 24 and 31 of the Act.", regime: "FOIA", expected: ["FOIA s24", "FOIA s31"] },
  { text: "Personal information has been redacted under s40(2) & (3).", regime: "FOIA", expected: ["FOIA s40(2)", "FOIA s40(3)"] },
  { text: "The force relies on section 31(1)(a), (b) and (c) of the Act.", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(1)(b)", "FOIA s31(1)(c)"] },
  { text: "This information is exempt under sections 24(1), 31(1)(a) and 38(1)(a) of the FOIA.", regime: "FOIA", expected: ["FOIA s24(1)", "FOIA s31(1)(a)", "FOIA s38(1)(a)"] },
  { text: "We can neither confirm nor deny that the information is held, by virtue of sections 31(1)(a) and 31(3).", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(3)"] },
  { text: "The exemptions at Section 31(1)(a)&(b) apply to this part of the request.", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(1)(b)"] },
  { text: "We are relying on sections 31(1)(a), 31(1)(b) and 40(2) of the Act.", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(1)(b)", "FOIA s40(2)"] },
  { text: "The exemptions at Sections 24(1) & 31(1)(a) are engaged.", regime: "FOIA", expected: ["FOIA s24(1)", "FOIA s31(1)(a)"] },
  { text: "The submissions are withheld under section 36(2)(b)(i) and (ii) of the Act.", regime: "FOIA", expected: ["FOIA s36(2)(b)(i)", "FOIA s36(2)(b)(ii)"] },
  { text: "Section 31(1)(g) by virtue of section 31(2)(a) applies, as disclosure would prejudice the Council's functions for the purpose of ascertaining whether any person has failed to comply with the law.", regime: "FOIA", expected: ["FOIA s31(1)(g)", "FOIA s31(2)(a)"] },
  { text: "The exemptions at s.38(1)(a) and (b) apply because release would endanger the safety of staff.", regime: "FOIA", expected: ["FOIA s38(1)(a)", "FOIA s38(1)(b)"] },

  // --- FOIA: bare and precise forms of the same section: keep only the most precise ---------
  { text: "Section 14 of the Act provides that a public authority need not comply with vexatious requests, and we are relying on Section 14(1) of the Act.", regime: "FOIA", expected: ["FOIA s14(1)"] },
  { text: "The information is exempt under section 31(1)(a). Section 31 is a qualified exemption, so we have considered the public interest.", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "Section 40(2) – Personal Information: the names of staff below senior management are withheld.", regime: "FOIA", expected: ["FOIA s40(2)"] },
  { text: "On balance the public interest favours withholding the information under the section 31(1) exemption, which we apply under S31(1)(a).", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "The request is refused under Section 14(1) of the Act.", regime: "FOIA", expected: ["FOIA s14(1)"] },
  { text: "The request is refused under s12 and s14 of the Freedom of Information Act 2000.", regime: "FOIA", expected: ["FOIA s12", "FOIA s14"] },
  { text: "The information is exempt by virtue of s.24(1) – National Security.", regime: "FOIA", expected: ["FOIA s24(1)"] },
  { text: "This information is exempt under section 43(2) (commercial interests).", regime: "FOIA", expected: ["FOIA s43(2)"] },

  // --- FOIA: signposting and NCND -------------------------------------------------------------
  { text: "The strategy is published on our website and so we are applying the exemption at section 21.", regime: "FOIA", expected: ["FOIA s21"] },
  { text: "This information is exempt under s.21 of the FOI Act as it is already available at the link below.", regime: "FOIA", expected: ["FOIA s21"] },
  { text: "The force can neither confirm nor deny that it holds the information, as the duty in section 1(1)(a) does not apply by virtue of section 24(2) and section 31(3).", regime: "FOIA", expected: ["FOIA s24(2)", "FOIA s31(3)"] },
  { text: "We neither confirm nor deny whether this information is held, in reliance on section 23(5) of the Act.", regime: "FOIA", expected: ["FOIA s23(5)"] },
  { text: "The Department neither confirms nor denies holding information about named individuals, under section 40(5) of the FOIA.", regime: "FOIA", expected: ["FOIA s40(5)"] },

  // --- FOIA: grounds named without a number --------------------------------------------------
  { text: "We estimate that complying with your request would exceed the appropriate limit of £450.", regime: "FOIA", expected: ["FOIA s12"] },
  { text: "Locating this information would exceed the appropriate cost limit, so we are not obliged to comply.", regime: "FOIA", expected: ["FOIA s12"] },
  { text: "The Council has concluded that this request is vexatious and will not be responding to it.", regime: "FOIA", expected: ["FOIA s14"] },
  { text: "The information is reasonably accessible by other means, as it is published in our annual report.", regime: "FOIA", expected: ["FOIA s21"] },
  { text: "The audit report is intended for future publication and will be released after the committee meets.", regime: "FOIA", expected: ["FOIA s22"] },
  { text: "The names of the staff involved are personal data and we will not release them.", regime: "FOIA", expected: ["FOIA s40"] },
  { text: "Disclosure would prejudice the commercial interests of our supplier, so the price is withheld.", regime: "FOIA", expected: ["FOIA s43"] },
  { text: "This information is withheld for reasons of national security.", regime: "FOIA", expected: ["FOIA s24"] },
  { text: "The exemption for law enforcement applies to the details of our firewall configuration.", regime: "FOIA", expected: ["FOIA s31"] },
  { text: "Releasing the locations would endanger the health and safety of staff, so they are withheld.", regime: "FOIA", expected: ["FOIA s38"] },

  // --- Provisions that do not exist, read against the act's tree (labels.md) ------------------
  { text: "The details are withheld under section 31(a)(b) of the Act.", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(1)(b)"] },
  { text: "This is exempt under section 21 (2a) as the report is on our website.", regime: "FOIA", expected: ["FOIA s21(2)(a)"] },
  { text: "We have applied section 31(1A) of the Act.", regime: "FOIA", expected: ["FOIA s31(1)"] },
  { text: "We have applied section 31(1A) of the Act, and in particular section 31(1)(a).", regime: "FOIA", expected: ["FOIA s31(1)(a)"] },
  { text: "The names of junior officers are withheld under section 40(3a).", regime: "FOIA", expected: ["FOIA s40(3A)"] },
  { text: "The contract is exempt under section 43(4).", regime: "FOIA", expected: ["FOIA s43"] },
  { text: "The minutes of the board are withheld under section 36(b)(ii).", regime: "FOIA", expected: ["FOIA s36(2)(b)(ii)"] },
  { text: "The data is withheld under section 40(2)(3A)(a) of the FOIA.", regime: "FOIA", expected: ["FOIA s40(2)", "FOIA s40(3A)(a)"] },
  { text: "The bids are withheld under regulation 12(5)(h).", regime: "EIR", expected: ["EIR 12(5)"] },
  { text: "Your own personal data falls under regulation 5(3) of the EIR and will be dealt with as a subject access request.", regime: "EIR", expected: ["EIR 5(3)"] },

  // --- Names and dashes between list items --------------------------------------------------
  { text: "The information is exempt under section 31(1)(a) (the prevention of crime) and (b) (the apprehension of offenders).", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(1)(b)"] },
  { text: "We are relying on sections 40(2) – personal information, and 43(2) – commercial interests.", regime: "FOIA", expected: ["FOIA s40(2)", "FOIA s43(2)"] },
  { text: "The following exemptions apply: Section 24(1) National Security and Section 31(1)(a) Law Enforcement.", regime: "FOIA", expected: ["FOIA s24(1)", "FOIA s31(1)(a)"] },
  { text: "The schedule is withheld under s.43(2) Commercial Interests, 31(1)(a) Law Enforcement and 24(1) National Security.", regime: "FOIA", expected: ["FOIA s24(1)", "FOIA s31(1)(a)", "FOIA s43(2)"] },
  { text: "The records are exempt under section 31(1) (prevention or detection of crime).", regime: "FOIA", expected: ["FOIA s31(1)"] },

  // --- More grounds named without a number -----------------------------------------------------
  { text: "The letter was provided in confidence and releasing it would be an actionable breach of confidence.", regime: "FOIA", expected: ["FOIA s41"] },
  { text: "The advice attracts legal professional privilege and is withheld.", regime: "FOIA", expected: ["FOIA s42"] },
  { text: "Releasing the briefing would prejudice the effective conduct of public affairs, so it is withheld.", regime: "FOIA", expected: ["FOIA s36"] },
  { text: "The submissions concern the formulation of government policy and are withheld.", regime: "FOIA", expected: ["FOIA s35"] },
  { text: "We are withholding the records because their release is prohibited by another enactment.", regime: "FOIA", expected: ["FOIA s44"] },
  { text: "The material is held for the purposes of journalism, art or literature and so falls outside the Act.", regime: "FOIA", expected: ["FOIA Sch1"] },
  { text: "Releasing the notes would prejudice the effective conduct of public affairs, so they are withheld.", regime: "FOISA", expected: ["FOISA s30"] },
  { text: "The correspondence was provided in confidence and is withheld.", regime: "FOISA", expected: ["FOISA s36"] },
  { text: "The locations are withheld because releasing them would adversely affect national security.", regime: "EIR", expected: ["EIR 12(5)(a)"] },

  // --- FOIA: provisions only mentioned give no ground ------------------------------------------
  { text: "Section 1(1) of the Act entitles you to be told whether we hold the information and to have it communicated to you.", regime: "FOIA", expected: [] },
  { text: "We apologise that this reply is later than the 20 working days required by section 10 of the Act.", regime: "FOIA", expected: [] },
  { text: "In line with our duty under section 16 to provide advice and assistance, you may wish to narrow your request.", regime: "FOIA", expected: [] },
  { text: "This letter constitutes a refusal notice under section 17 of the Freedom of Information Act 2000.", regime: "FOIA", expected: [] },
  { text: "If you remain dissatisfied you may complain to the Information Commissioner under section 50 of the Act.", regime: "FOIA", expected: [] },
  { text: "Section 2(2)(b) of the Act requires us to consider whether the public interest in maintaining the exemption outweighs the public interest in disclosure.", regime: "FOIA", expected: [] },
  { text: "The information is exempt under section 43(2); this is a refusal notice under section 17(1), and you may complain under section 50.", regime: "FOIA", expected: ["FOIA s43(2)"] },
  { text: "We are refusing under section 14(1); finding the records would not exceed the limit under section 12, but the request is vexatious.", regime: "FOIA", expected: ["FOIA s14(1)"] },
  { text: "The duty in Section 1(1)(a) of the Act does not apply by virtue of Section 31(3).", regime: "FOIA", expected: ["FOIA s31(3)"] },
  { text: "Under section 17(5) we are notifying you that section 12(1) applies, because the cost of compliance would exceed the appropriate limit.", regime: "FOIA", expected: ["FOIA s12(1)"] },

  // --- EIR -------------------------------------------------------------------------------------
  { text: "The request is refused under regulation 12(4)(b) of the EIR.", regime: "EIR", expected: ["EIR 12(4)(b)"] },
  { text: "The bidders' prices are withheld under reg. 12(5)(e).", regime: "EIR", expected: ["EIR 12(5)(e)"] },
  { text: "We are relying on regulations 12(4)(b) and 12(5)(b) of the Environmental Information Regulations 2004.", regime: "EIR", expected: ["EIR 12(4)(b)", "EIR 12(5)(b)"] },
  { text: "The locations are withheld under Regulation 12(5)(a) of the Environmental Information Regulations.", regime: "FOIA", expected: ["EIR 12(5)(a)"] },
  { text: "We consider this request manifestly unreasonable and are therefore refusing it.", regime: "EIR", expected: ["EIR 12(4)(b)"] },
  { text: "The Council neither confirms nor denies whether it holds the information, under regulation 12(6) in conjunction with regulation 12(5)(a).", regime: "EIR", expected: ["EIR 12(6)", "EIR 12(5)(a)"] },
  { text: "The personal data of residents is withheld under regulation 13 of the EIR.", regime: "EIR", expected: ["EIR 13"] },
  { text: "The draft report is withheld under regulation 12(4)(d) as material in the course of completion, and the officers' emails under regulation 12(4)(e).", regime: "EIR", expected: ["EIR 12(4)(d)", "EIR 12(4)(e)"] },
  { text: "Parts of the agreement are withheld under regulations 12(5)(e) and 13(1).", regime: "EIR", expected: ["EIR 12(5)(e)", "EIR 13(1)"] },
  { text: "The survey is already publicly available and easily accessible on our website, so regulation 6(1)(b) applies.", regime: "EIR", expected: ["EIR 6(1)(b)"] },
  { text: "We have applied the presumption in favour of disclosure in regulation 12(2) and the public interest test in regulation 12(1)(b).", regime: "EIR", expected: [] },
  { text: "You may ask for a reconsideration under regulation 11, and regulation 18 applies the Commissioner's enforcement powers.", regime: "EIR", expected: [] },
  { text: "The Council does not hold this information, so regulation 12(4)(a) applies.", regime: "EIR", expected: [] },
  { text: "The Environmental Information Regulations 2004 (the Regulations) apply to your request, and the tender prices are withheld under regulation 12(5)(e) of the Regulations.", regime: "FOIA", expected: ["EIR 12(5)(e)"] },

  // --- FOISA -----------------------------------------------------------------------------------
  { text: "The information is exempt under section 30(c) of FOISA.", regime: "FOISA", expected: ["FOISA s30(c)"] },
  { text: "This information is exempt under FOISA s35(1)(a).", regime: "FOISA", expected: ["FOISA s35(1)(a)"] },
  { text: "The report is exempt under section 27 of the Freedom of Information (Scotland) Act 2002.", regime: "FOIA", expected: ["FOISA s27"] },
  { text: "The information is exempt under section 35(1)(a) of the Act.", regime: "FOISA", expected: ["FOISA s35(1)(a)"] },
  { text: "The advice is withheld under sections 30(b)(i) and (ii) of the Freedom of Information (Scotland) Act 2002.", regime: "FOISA", expected: ["FOISA s30(b)(i)", "FOISA s30(b)(ii)"] },
  { text: "Under section 18(1) of FOISA we can neither confirm nor deny whether the information exists or is held; if it did exist it would be exempt under section 35(1)(a).", regime: "FOISA", expected: ["FOISA s18(1)", "FOISA s35(1)(a)"] },
  { text: "The names of staff are exempt under section 38(1)(b) of FOISA.", regime: "FOISA", expected: ["FOISA s38(1)(b)"] },
  { text: "The policy is available on our website, so it is exempt under section 25(1) of FOISA.", regime: "FOISA", expected: ["FOISA s25(1)"] },
  { text: "The contract price is exempt under sections 33(1)(b) and 36(2) of the Act.", regime: "FOISA", expected: ["FOISA s33(1)(b)", "FOISA s36(2)"] },
  { text: "The cost of complying with your request would exceed the upper cost limit of £600, so section 12(1) of FOISA applies.", regime: "FOISA", expected: ["FOISA s12(1)"] },
  { text: "The cost of complying would exceed the £600 limit, so the Council is not obliged to comply with your request.", regime: "FOISA", expected: ["FOISA s12"] },
  { text: "The Council considers your request to be vexatious.", regime: "FOISA", expected: ["FOISA s14"] },
  { text: "The information is otherwise accessible to you, as it is published on our website.", regime: "FOISA", expected: ["FOISA s25"] },
  { text: "The information is exempt under section 31 of the Act.", regime: "FOISA", expected: ["FOISA s31"] },
  { text: "In terms of section 17 of FOISA, this is notice that the Council does not hold the information.", regime: "FOISA", expected: [] },
  { text: "You may require a review under section 20 of FOISA, and then apply to the Scottish Information Commissioner under section 47(1).", regime: "FOISA", expected: [] },
  { text: "Your request has been handled under the Freedom of Information (Scotland) Act 2002 (the Act), and the information is exempt under section 39(1) of the Act.", regime: "EISR", expected: ["FOISA s39(1)"] },

  // --- EISR ------------------------------------------------------------------------------------
  { text: "The records are withheld under regulation 10(5)(b) of the EISR.", regime: "EISR", expected: ["EISR 10(5)(b)"] },
  { text: "We are applying the exemption at section 39(2) of FOISA and withholding the schedule under regulation 10(5)(e) of the EIRs.", regime: "EISR", expected: ["FOISA s39(2)", "EISR 10(5)(e)"] },
  { text: "We consider the request manifestly unreasonable under regulation 10(4)(b) of the Environmental Information (Scotland) Regulations 2004.", regime: "EISR", expected: ["EISR 10(4)(b)"] },
  { text: "The names of the landowners are personal data and are withheld under regulation 11(2).", regime: "EISR", expected: ["EISR 11(2)"] },
  { text: "The Environmental Information (Scotland) Regulations 2004 (the Regulations) apply, and the locations are withheld under regulation 10(5)(g) of the Regulations.", regime: "FOISA", expected: ["EISR 10(5)(g)"] },
  { text: "We consider this request manifestly unreasonable and are refusing it.", regime: "EISR", expected: ["EISR 10(4)(b)"] },
  { text: "You may ask for a review under regulation 16 of the EISR.", regime: "EISR", expected: [] },
  { text: "How is the council tax calculated for the new homes on Moor View, Handsworth Sheffield S12? We withheld the plans under section 43(2).", regime: "FOIA", expected: ["FOIA s43(2)"] },
  { text: "Please write to the Information Officer, Town Hall, Leeds LS1 1UR, or to our office at S40 2LZ; the names are withheld under S40(2).", regime: "FOIA", expected: ["FOIA s40(2)"] },
  { text: "Under S12 we are not obliged to comply with this request.", regime: "FOIA", expected: ["FOIA s12"] },
  // --- Grounds named without a number: the purposes and harms letters name instead of a section ---
  { text: "Release would be likely to prejudice the prevention or detection of crime, so we are withholding the list.", regime: "FOIA", expected: ["FOIA s31"] },
  { text: "We refuse this part as it would hinder the apprehension and prosecution of offenders.", regime: "FOIA", expected: ["FOIA s31"] },
  { text: "The audit report was supplied in confidence by the contractor and is withheld.", regime: "FOIA", expected: ["FOIA s41"] },
  { text: "The briefing was provided to us in confidence, and we will not release it.", regime: "FOIA", expected: ["FOIA s41"] },
  { text: "The unit rates are withheld as commercially confidential.", regime: "FOIA", expected: ["FOIA s43"] },
  { text: "Owing to its commercial sensitivity, the tender scoring is withheld.", regime: "FOIA", expected: ["FOIA s43"] },
  { text: "We withhold the draft as release would inhibit the free and frank provision of advice.", regime: "FOIA", expected: ["FOIA s36"] },
  { text: "The names are withheld, as release would breach the data protection principles.", regime: "FOIA", expected: ["FOIA s40"] },
  { text: "The rota is withheld because release could endanger the safety of staff on site.", regime: "FOIA", expected: ["FOIA s38"] },
  { text: "Letters exchanged with the Royal Household are withheld as communications with His Majesty.", regime: "FOIA", expected: ["FOIA s37"] },
  { text: "We are withholding the custody figures by cell block as release would substantially prejudice the prevention or detection of crime.", regime: "FOISA", expected: ["FOISA s35"] },
  { text: "The papers were given to us in confidence by a partner body and we are withholding them.", regime: "FOISA", expected: ["FOISA s36"] },
  { text: "The options appraisal is withheld, as release would substantially inhibit the free and frank exchange of views.", regime: "FOISA", expected: ["FOISA s30"] },
  { text: "The prices are withheld as commercially confidential to the supplier.", regime: "FOISA", expected: ["FOISA s33"] },
  { text: "The landowners' names are withheld as release would breach the data protection principles.", regime: "EIR", expected: ["EIR 13"] },
  { text: "We withhold the tariff as the exception for confidentiality of commercial or industrial information applies.", regime: "EISR", expected: ["EISR 10(5)(e)"] },
  // --- A heading or table column introduces bare numbers ------------------------------------------
  { text: "Exemptions applied: 31(1)(a) (prevention or detection of crime), 31(1)(b) (apprehension or prosecution of offenders) and 24(1) (national security).", regime: "FOIA", expected: ["FOIA s31(1)(a)", "FOIA s31(1)(b)", "FOIA s24(1)"] },
  { text: "| 4 | Withheld | Exemption: 43(2) |", regime: "FOIA", expected: ["FOIA s43(2)"] },
  { text: "Exception applied – 12(5)(e)", regime: "EIR", expected: ["EIR 12(5)(e)"] },
  { text: "Exemption used: 38(1)(b)", regime: "FOISA", expected: ["FOISA s38(1)(b)"] },
  // --- A condition tied to its ground: "by virtue of", "read with" ---------------------------------
  { text: "The names are exempt under section 40(2) by virtue of subsection (3A)(a).", regime: "FOIA", expected: ["FOIA s40(2)", "FOIA s40(3A)(a)"] },
  { text: "The names are exempt under section 40(2), by virtue of 40(3A)(a).", regime: "FOIA", expected: ["FOIA s40(2)", "FOIA s40(3A)(a)"] },
  { text: "The addresses are exempt under section 38(1)(b), as read with section 38(2A).", regime: "FOISA", expected: ["FOISA s38(1)(b)", "FOISA s38(2A)"] },
  { text: "We rely on section 40(2) read with subsection (3A)(a) for the officers' names.", regime: "FOIA", expected: ["FOIA s40(2)", "FOIA s40(3A)(a)"] },
  // --- EIR 12(3) / EISR 10(3): third parties' personal data under the regulations is a ground ----
  { text: "Names of members of the public have been removed from the plans under regulations 12(3) and 13 of the EIR.", regime: "EIR", expected: ["EIR 12(3)", "EIR 13"] },
  { text: "We have withheld the residents' details under Regulation 12 (3) of the Environmental Information Regulations 2004.", regime: "EIR", expected: ["EIR 12(3)"] },
  { text: "The officers' mobile numbers are withheld under regulations 10(3) and 11(2) of the EISRs.", regime: "EISR", expected: ["EISR 10(3)", "EISR 11(2)"] },
  // --- another statute's sections: never FOI grounds --------------------------------------------
  { text: "The lane was adopted under section 38 of the Highways Act, so no licence file is held; the plans are exempt under section 43(2).", regime: "FOIA", expected: ["FOIA s43(2)"] },
  { text: "The developer's contributions under the section 106 agreement are withheld under section 43.", regime: "FOIA", expected: ["FOIA s43"] },
  { text: "We are withholding the section 38 agreement file and the section 278 works schedule under s.43(2).", regime: "FOIA", expected: ["FOIA s43(2)"] },
  { text: "Assessments under s.19 of the Children Act are carried out by the social work team.", regime: "FOIA", expected: [] },
  { text: "Checks made under section 40 of the Town and Country Planning Act are withheld under section 40(2) of the FOIA.", regime: "FOIA", expected: ["FOIA s40(2)"] },
  { text: "Notices served under s.36 Local Government (Miscellaneous Provisions) Act are published on our site.", regime: "FOIA", expected: [] },
  { text: "Tenants served a section 21 notice are offered advice by the housing team.", regime: "FOIA", expected: [] },
  // Another Act named with its year and a bracketed part of its name: the bracket is a name word, not the end of the name.
  { text: "Abandoned goods are removed under section 41 of the Local Government (Miscellaneous Provisions) Act 1982.", regime: "FOIA", expected: [] },
  { text: "The change of use was approved under section 55 of the Town and Country Planning (Use Classes) (England) Order 1987; the applicant's address is withheld under section 40(2).", regime: "FOIA", expected: ["FOIA s40(2)"] },
  { text: "Inspections under section 14 of the Health and Safety at Work etc. Act are logged by the premises team.", regime: "FOIA", expected: [] },
  { text: "The plans are exempt under section 38 of the Act, as their release would endanger the safety of staff.", regime: "FOIA", expected: ["FOIA s38"] },
];
