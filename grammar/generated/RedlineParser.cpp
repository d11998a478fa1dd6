// GENERATED FILE: do not edit. Produced from grammar/Redline.g4 by grammar/regenerate.sh
// ANTLR tool version: Version 4.7.2
// Redline.g4 sha256: 8e67c601f31644c2b70fa175595fc9b0548336a06bab556af75a1ba3f8a4557e

// Generated from Redline.g4 by ANTLR 4.7.2



#include "RedlineParser.h"


using namespace antlrcpp;
using namespace redline_generated;
using namespace antlr4;

RedlineParser::RedlineParser(TokenStream *input) : Parser(input) {
  _interpreter = new atn::ParserATNSimulator(this, _atn, _decisionToDFA, _sharedContextCache);
}

RedlineParser::~RedlineParser() {
  delete _interpreter;
}

std::string RedlineParser::getGrammarFileName() const {
  return "Redline.g4";
}

const std::vector<std::string>& RedlineParser::getRuleNames() const {
  return _ruleNames;
}

dfa::Vocabulary& RedlineParser::getVocabulary() const {
  return _vocabulary;
}


//----------------- FileContext ------------------------------------------------------------------

RedlineParser::FileContext::FileContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* RedlineParser::FileContext::EOF() {
  return getToken(RedlineParser::EOF, 0);
}

RedlineParser::HeaderContext* RedlineParser::FileContext::header() {
  return getRuleContext<RedlineParser::HeaderContext>(0);
}

std::vector<RedlineParser::DeclarationContext *> RedlineParser::FileContext::declaration() {
  return getRuleContexts<RedlineParser::DeclarationContext>();
}

RedlineParser::DeclarationContext* RedlineParser::FileContext::declaration(size_t i) {
  return getRuleContext<RedlineParser::DeclarationContext>(i);
}


size_t RedlineParser::FileContext::getRuleIndex() const {
  return RedlineParser::RuleFile;
}


RedlineParser::FileContext* RedlineParser::file() {
  FileContext *_localctx = _tracker.createInstance<FileContext>(_ctx, getState());
  enterRule(_localctx, 0, RedlineParser::RuleFile);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(75);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__0)
      | (1ULL << RedlineParser::T__2)
      | (1ULL << RedlineParser::T__7))) != 0)) {
      setState(74);
      header();
    }
    setState(80);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__9)
      | (1ULL << RedlineParser::T__13)
      | (1ULL << RedlineParser::T__19)
      | (1ULL << RedlineParser::T__24)
      | (1ULL << RedlineParser::T__25)
      | (1ULL << RedlineParser::T__26)
      | (1ULL << RedlineParser::T__57)
      | (1ULL << RedlineParser::T__58)
      | (1ULL << RedlineParser::T__59)
      | (1ULL << RedlineParser::T__62))) != 0) || _la == RedlineParser::T__66

    || _la == RedlineParser::OUTPUT) {
      setState(77);
      declaration();
      setState(82);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(83);
    match(RedlineParser::EOF);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- HeaderContext ------------------------------------------------------------------

RedlineParser::HeaderContext::HeaderContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::HeaderContext::getRuleIndex() const {
  return RedlineParser::RuleHeader;
}

void RedlineParser::HeaderContext::copyFrom(HeaderContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- PolicyHeaderContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::PolicyHeaderContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::PolicyHeaderContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

tree::TerminalNode* RedlineParser::PolicyHeaderContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

RedlineParser::PolicyHeaderContext::PolicyHeaderContext(HeaderContext *ctx) { copyFrom(ctx); }


//----------------- TestsHeaderContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::TestsHeaderContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

RedlineParser::TestsHeaderContext::TestsHeaderContext(HeaderContext *ctx) { copyFrom(ctx); }


//----------------- ModificationHeaderContext ------------------------------------------------------------------

std::vector<RedlineParser::NameContext *> RedlineParser::ModificationHeaderContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::ModificationHeaderContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

tree::TerminalNode* RedlineParser::ModificationHeaderContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

tree::TerminalNode* RedlineParser::ModificationHeaderContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::AnnotationContext *> RedlineParser::ModificationHeaderContext::annotation() {
  return getRuleContexts<RedlineParser::AnnotationContext>();
}

RedlineParser::AnnotationContext* RedlineParser::ModificationHeaderContext::annotation(size_t i) {
  return getRuleContext<RedlineParser::AnnotationContext>(i);
}

tree::TerminalNode* RedlineParser::ModificationHeaderContext::DATE() {
  return getToken(RedlineParser::DATE, 0);
}

RedlineParser::ModificationHeaderContext::ModificationHeaderContext(HeaderContext *ctx) { copyFrom(ctx); }


RedlineParser::HeaderContext* RedlineParser::header() {
  HeaderContext *_localctx = _tracker.createInstance<HeaderContext>(_ctx, getState());
  enterRule(_localctx, 2, RedlineParser::RuleHeader);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(128);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__0: {
        _localctx = dynamic_cast<HeaderContext *>(_tracker.createInstance<RedlineParser::PolicyHeaderContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(85);
        match(RedlineParser::T__0);
        setState(86);
        name();
        setState(88);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::STRING) {
          setState(87);
          match(RedlineParser::STRING);
        }
        setState(91);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(90);
          match(RedlineParser::CITATION);
        }
        setState(93);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__2: {
        _localctx = dynamic_cast<HeaderContext *>(_tracker.createInstance<RedlineParser::ModificationHeaderContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(95);
        match(RedlineParser::T__2);
        setState(96);
        name();
        setState(98);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::STRING) {
          setState(97);
          match(RedlineParser::STRING);
        }
        setState(101);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(100);
          match(RedlineParser::CITATION);
        }
        setState(106);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__32

        || _la == RedlineParser::T__33) {
          setState(103);
          annotation();
          setState(108);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(109);
        match(RedlineParser::T__3);
        setState(110);
        name();
        setState(120);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__4) {
          setState(111);
          match(RedlineParser::T__4);
          setState(112);
          match(RedlineParser::DATE);
          setState(118);
          _errHandler->sync(this);

          _la = _input->LA(1);
          if (_la == RedlineParser::T__5) {
            setState(113);
            match(RedlineParser::T__5);
            setState(114);
            name();
            setState(115);
            match(RedlineParser::T__6);
            setState(116);
            name();
          }
        }
        setState(122);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__7: {
        _localctx = dynamic_cast<HeaderContext *>(_tracker.createInstance<RedlineParser::TestsHeaderContext>(_localctx));
        enterOuterAlt(_localctx, 3);
        setState(124);
        match(RedlineParser::T__7);
        setState(125);
        match(RedlineParser::T__8);
        setState(126);
        match(RedlineParser::STRING);
        setState(127);
        match(RedlineParser::T__1);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- DeclarationContext ------------------------------------------------------------------

RedlineParser::DeclarationContext::DeclarationContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::EnumDeclContext* RedlineParser::DeclarationContext::enumDecl() {
  return getRuleContext<RedlineParser::EnumDeclContext>(0);
}

RedlineParser::EntityDeclContext* RedlineParser::DeclarationContext::entityDecl() {
  return getRuleContext<RedlineParser::EntityDeclContext>(0);
}

RedlineParser::ParamDeclContext* RedlineParser::DeclarationContext::paramDecl() {
  return getRuleContext<RedlineParser::ParamDeclContext>(0);
}

RedlineParser::CycleDeclContext* RedlineParser::DeclarationContext::cycleDecl() {
  return getRuleContext<RedlineParser::CycleDeclContext>(0);
}

RedlineParser::RuleDeclContext* RedlineParser::DeclarationContext::ruleDecl() {
  return getRuleContext<RedlineParser::RuleDeclContext>(0);
}

RedlineParser::TestDeclContext* RedlineParser::DeclarationContext::testDecl() {
  return getRuleContext<RedlineParser::TestDeclContext>(0);
}

RedlineParser::AmendmentContext* RedlineParser::DeclarationContext::amendment() {
  return getRuleContext<RedlineParser::AmendmentContext>(0);
}


size_t RedlineParser::DeclarationContext::getRuleIndex() const {
  return RedlineParser::RuleDeclaration;
}


RedlineParser::DeclarationContext* RedlineParser::declaration() {
  DeclarationContext *_localctx = _tracker.createInstance<DeclarationContext>(_ctx, getState());
  enterRule(_localctx, 4, RedlineParser::RuleDeclaration);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(137);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__9: {
        enterOuterAlt(_localctx, 1);
        setState(130);
        enumDecl();
        break;
      }

      case RedlineParser::T__13: {
        enterOuterAlt(_localctx, 2);
        setState(131);
        entityDecl();
        break;
      }

      case RedlineParser::T__19: {
        enterOuterAlt(_localctx, 3);
        setState(132);
        paramDecl();
        break;
      }

      case RedlineParser::T__24: {
        enterOuterAlt(_localctx, 4);
        setState(133);
        cycleDecl();
        break;
      }

      case RedlineParser::T__25:
      case RedlineParser::T__26:
      case RedlineParser::OUTPUT: {
        enterOuterAlt(_localctx, 5);
        setState(134);
        ruleDecl();
        break;
      }

      case RedlineParser::T__66: {
        enterOuterAlt(_localctx, 6);
        setState(135);
        testDecl();
        break;
      }

      case RedlineParser::T__57:
      case RedlineParser::T__58:
      case RedlineParser::T__59:
      case RedlineParser::T__62: {
        enterOuterAlt(_localctx, 7);
        setState(136);
        amendment();
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- EnumDeclContext ------------------------------------------------------------------

RedlineParser::EnumDeclContext::EnumDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::EnumDeclContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

std::vector<RedlineParser::EnumMemberContext *> RedlineParser::EnumDeclContext::enumMember() {
  return getRuleContexts<RedlineParser::EnumMemberContext>();
}

RedlineParser::EnumMemberContext* RedlineParser::EnumDeclContext::enumMember(size_t i) {
  return getRuleContext<RedlineParser::EnumMemberContext>(i);
}

tree::TerminalNode* RedlineParser::EnumDeclContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}


size_t RedlineParser::EnumDeclContext::getRuleIndex() const {
  return RedlineParser::RuleEnumDecl;
}


RedlineParser::EnumDeclContext* RedlineParser::enumDecl() {
  EnumDeclContext *_localctx = _tracker.createInstance<EnumDeclContext>(_ctx, getState());
  enterRule(_localctx, 6, RedlineParser::RuleEnumDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(139);
    match(RedlineParser::T__9);
    setState(140);
    name();
    setState(142);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(141);
      match(RedlineParser::CITATION);
    }
    setState(144);
    match(RedlineParser::T__10);
    setState(145);
    enumMember();
    setState(150);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 12, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(146);
        match(RedlineParser::T__11);
        setState(147);
        enumMember(); 
      }
      setState(152);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 12, _ctx);
    }
    setState(154);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__11) {
      setState(153);
      match(RedlineParser::T__11);
    }
    setState(156);
    match(RedlineParser::T__12);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- EnumMemberContext ------------------------------------------------------------------

RedlineParser::EnumMemberContext::EnumMemberContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::EnumMemberContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::EnumMemberContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}


size_t RedlineParser::EnumMemberContext::getRuleIndex() const {
  return RedlineParser::RuleEnumMember;
}


RedlineParser::EnumMemberContext* RedlineParser::enumMember() {
  EnumMemberContext *_localctx = _tracker.createInstance<EnumMemberContext>(_ctx, getState());
  enterRule(_localctx, 8, RedlineParser::RuleEnumMember);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(158);
    name();
    setState(160);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::STRING) {
      setState(159);
      match(RedlineParser::STRING);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- EntityDeclContext ------------------------------------------------------------------

RedlineParser::EntityDeclContext::EntityDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::EntityDeclContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::EntityDeclContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::AnnotationContext *> RedlineParser::EntityDeclContext::annotation() {
  return getRuleContexts<RedlineParser::AnnotationContext>();
}

RedlineParser::AnnotationContext* RedlineParser::EntityDeclContext::annotation(size_t i) {
  return getRuleContext<RedlineParser::AnnotationContext>(i);
}

std::vector<RedlineParser::FieldDeclContext *> RedlineParser::EntityDeclContext::fieldDecl() {
  return getRuleContexts<RedlineParser::FieldDeclContext>();
}

RedlineParser::FieldDeclContext* RedlineParser::EntityDeclContext::fieldDecl(size_t i) {
  return getRuleContext<RedlineParser::FieldDeclContext>(i);
}


size_t RedlineParser::EntityDeclContext::getRuleIndex() const {
  return RedlineParser::RuleEntityDecl;
}


RedlineParser::EntityDeclContext* RedlineParser::entityDecl() {
  EntityDeclContext *_localctx = _tracker.createInstance<EntityDeclContext>(_ctx, getState());
  enterRule(_localctx, 10, RedlineParser::RuleEntityDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(162);
    match(RedlineParser::T__13);
    setState(163);
    name();
    setState(165);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(164);
      match(RedlineParser::CITATION);
    }
    setState(170);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__32

    || _la == RedlineParser::T__33) {
      setState(167);
      annotation();
      setState(172);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(173);
    match(RedlineParser::T__10);
    setState(177);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
      | (1ULL << RedlineParser::T__4)
      | (1ULL << RedlineParser::T__5)
      | (1ULL << RedlineParser::T__7)
      | (1ULL << RedlineParser::T__16)
      | (1ULL << RedlineParser::T__17)
      | (1ULL << RedlineParser::T__18)
      | (1ULL << RedlineParser::T__21)
      | (1ULL << RedlineParser::T__23)
      | (1ULL << RedlineParser::T__29)
      | (1ULL << RedlineParser::T__30)
      | (1ULL << RedlineParser::T__31)
      | (1ULL << RedlineParser::T__32)
      | (1ULL << RedlineParser::T__33)
      | (1ULL << RedlineParser::T__35)
      | (1ULL << RedlineParser::T__38)
      | (1ULL << RedlineParser::T__40)
      | (1ULL << RedlineParser::T__41)
      | (1ULL << RedlineParser::T__42)
      | (1ULL << RedlineParser::T__47)
      | (1ULL << RedlineParser::T__60)
      | (1ULL << RedlineParser::T__61))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
      | (1ULL << (RedlineParser::T__64 - 64))
      | (1ULL << (RedlineParser::T__65 - 64))
      | (1ULL << (RedlineParser::T__66 - 64))
      | (1ULL << (RedlineParser::T__67 - 64))
      | (1ULL << (RedlineParser::T__68 - 64))
      | (1ULL << (RedlineParser::T__69 - 64))
      | (1ULL << (RedlineParser::T__70 - 64))
      | (1ULL << (RedlineParser::T__71 - 64))
      | (1ULL << (RedlineParser::T__72 - 64))
      | (1ULL << (RedlineParser::T__73 - 64))
      | (1ULL << (RedlineParser::T__92 - 64))
      | (1ULL << (RedlineParser::T__93 - 64))
      | (1ULL << (RedlineParser::KEY - 64))
      | (1ULL << (RedlineParser::OUTPUT - 64))
      | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
      setState(174);
      fieldDecl();
      setState(179);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(180);
    match(RedlineParser::T__12);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- FieldDeclContext ------------------------------------------------------------------

RedlineParser::FieldDeclContext::FieldDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::FieldDeclContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::TypeContext* RedlineParser::FieldDeclContext::type() {
  return getRuleContext<RedlineParser::TypeContext>(0);
}

tree::TerminalNode* RedlineParser::FieldDeclContext::KEY() {
  return getToken(RedlineParser::KEY, 0);
}

std::vector<RedlineParser::FieldCheckContext *> RedlineParser::FieldDeclContext::fieldCheck() {
  return getRuleContexts<RedlineParser::FieldCheckContext>();
}

RedlineParser::FieldCheckContext* RedlineParser::FieldDeclContext::fieldCheck(size_t i) {
  return getRuleContext<RedlineParser::FieldCheckContext>(i);
}


size_t RedlineParser::FieldDeclContext::getRuleIndex() const {
  return RedlineParser::RuleFieldDecl;
}


RedlineParser::FieldDeclContext* RedlineParser::fieldDecl() {
  FieldDeclContext *_localctx = _tracker.createInstance<FieldDeclContext>(_ctx, getState());
  enterRule(_localctx, 12, RedlineParser::RuleFieldDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(183);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 18, _ctx)) {
    case 1: {
      setState(182);
      match(RedlineParser::KEY);
      break;
    }

    }
    setState(185);
    name();
    setState(186);
    match(RedlineParser::T__14);
    setState(187);
    type();
    setState(191);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__15) {
      setState(188);
      fieldCheck();
      setState(193);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(194);
    match(RedlineParser::T__1);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- FieldCheckContext ------------------------------------------------------------------

RedlineParser::FieldCheckContext::FieldCheckContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::CompareOpContext* RedlineParser::FieldCheckContext::compareOp() {
  return getRuleContext<RedlineParser::CompareOpContext>(0);
}

RedlineParser::ExprContext* RedlineParser::FieldCheckContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}


size_t RedlineParser::FieldCheckContext::getRuleIndex() const {
  return RedlineParser::RuleFieldCheck;
}


RedlineParser::FieldCheckContext* RedlineParser::fieldCheck() {
  FieldCheckContext *_localctx = _tracker.createInstance<FieldCheckContext>(_ctx, getState());
  enterRule(_localctx, 14, RedlineParser::RuleFieldCheck);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(196);
    match(RedlineParser::T__15);
    setState(197);
    compareOp();
    setState(198);
    expr(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TypeContext ------------------------------------------------------------------

RedlineParser::TypeContext::TypeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::TypeContext::getRuleIndex() const {
  return RedlineParser::RuleType;
}

void RedlineParser::TypeContext::copyFrom(TypeContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- NamedTypeContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::NamedTypeContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::NamedTypeContext::QUESTION() {
  return getToken(RedlineParser::QUESTION, 0);
}

RedlineParser::NamedTypeContext::NamedTypeContext(TypeContext *ctx) { copyFrom(ctx); }


//----------------- ScaleTypeContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::ScaleTypeContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::ScaleTypeContext::QUESTION() {
  return getToken(RedlineParser::QUESTION, 0);
}

RedlineParser::ScaleTypeContext::ScaleTypeContext(TypeContext *ctx) { copyFrom(ctx); }


//----------------- SetTypeContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::SetTypeContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::SetTypeContext::QUESTION() {
  return getToken(RedlineParser::QUESTION, 0);
}

RedlineParser::SetTypeContext::SetTypeContext(TypeContext *ctx) { copyFrom(ctx); }


RedlineParser::TypeContext* RedlineParser::type() {
  TypeContext *_localctx = _tracker.createInstance<TypeContext>(_ctx, getState());
  enterRule(_localctx, 16, RedlineParser::RuleType);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(216);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 23, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<TypeContext *>(_tracker.createInstance<RedlineParser::SetTypeContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(200);
      match(RedlineParser::T__16);
      setState(201);
      match(RedlineParser::T__17);
      setState(202);
      name();
      setState(204);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::QUESTION) {
        setState(203);
        match(RedlineParser::QUESTION);
      }
      break;
    }

    case 2: {
      _localctx = dynamic_cast<TypeContext *>(_tracker.createInstance<RedlineParser::ScaleTypeContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(206);
      match(RedlineParser::T__18);
      setState(207);
      match(RedlineParser::T__17);
      setState(208);
      name();
      setState(210);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::QUESTION) {
        setState(209);
        match(RedlineParser::QUESTION);
      }
      break;
    }

    case 3: {
      _localctx = dynamic_cast<TypeContext *>(_tracker.createInstance<RedlineParser::NamedTypeContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(212);
      name();
      setState(214);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::QUESTION) {
        setState(213);
        match(RedlineParser::QUESTION);
      }
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ParamDeclContext ------------------------------------------------------------------

RedlineParser::ParamDeclContext::ParamDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::ParamDeclContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::TypeContext* RedlineParser::ParamDeclContext::type() {
  return getRuleContext<RedlineParser::TypeContext>(0);
}

RedlineParser::ParamValuesContext* RedlineParser::ParamDeclContext::paramValues() {
  return getRuleContext<RedlineParser::ParamValuesContext>(0);
}

tree::TerminalNode* RedlineParser::ParamDeclContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::AnnotationContext *> RedlineParser::ParamDeclContext::annotation() {
  return getRuleContexts<RedlineParser::AnnotationContext>();
}

RedlineParser::AnnotationContext* RedlineParser::ParamDeclContext::annotation(size_t i) {
  return getRuleContext<RedlineParser::AnnotationContext>(i);
}


size_t RedlineParser::ParamDeclContext::getRuleIndex() const {
  return RedlineParser::RuleParamDecl;
}


RedlineParser::ParamDeclContext* RedlineParser::paramDecl() {
  ParamDeclContext *_localctx = _tracker.createInstance<ParamDeclContext>(_ctx, getState());
  enterRule(_localctx, 18, RedlineParser::RuleParamDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(218);
    match(RedlineParser::T__19);
    setState(219);
    name();
    setState(220);
    match(RedlineParser::T__14);
    setState(221);
    type();
    setState(223);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(222);
      match(RedlineParser::CITATION);
    }
    setState(228);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__32

    || _la == RedlineParser::T__33) {
      setState(225);
      annotation();
      setState(230);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(231);
    match(RedlineParser::T__20);
    setState(232);
    paramValues();
    setState(233);
    match(RedlineParser::T__1);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ParamValuesContext ------------------------------------------------------------------

RedlineParser::ParamValuesContext::ParamValuesContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<RedlineParser::ExprContext *> RedlineParser::ParamValuesContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::ParamValuesContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

std::vector<RedlineParser::ScaleValueContext *> RedlineParser::ParamValuesContext::scaleValue() {
  return getRuleContexts<RedlineParser::ScaleValueContext>();
}

RedlineParser::ScaleValueContext* RedlineParser::ParamValuesContext::scaleValue(size_t i) {
  return getRuleContext<RedlineParser::ScaleValueContext>(i);
}

std::vector<tree::TerminalNode *> RedlineParser::ParamValuesContext::DATE() {
  return getTokens(RedlineParser::DATE);
}

tree::TerminalNode* RedlineParser::ParamValuesContext::DATE(size_t i) {
  return getToken(RedlineParser::DATE, i);
}


size_t RedlineParser::ParamValuesContext::getRuleIndex() const {
  return RedlineParser::RuleParamValues;
}


RedlineParser::ParamValuesContext* RedlineParser::paramValues() {
  ParamValuesContext *_localctx = _tracker.createInstance<ParamValuesContext>(_ctx, getState());
  enterRule(_localctx, 20, RedlineParser::RuleParamValues);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    setState(278);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 33, _ctx)) {
    case 1: {
      enterOuterAlt(_localctx, 1);
      setState(237);
      _errHandler->sync(this);
      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 26, _ctx)) {
      case 1: {
        setState(235);
        expr(0);
        break;
      }

      case 2: {
        setState(236);
        scaleValue();
        break;
      }

      }
      setState(249);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == RedlineParser::T__21) {
        setState(239);
        match(RedlineParser::T__21);
        setState(240);
        match(RedlineParser::DATE);
        setState(241);
        match(RedlineParser::T__11);
        setState(242);
        match(RedlineParser::T__22);
        setState(245);
        _errHandler->sync(this);
        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 27, _ctx)) {
        case 1: {
          setState(243);
          expr(0);
          break;
        }

        case 2: {
          setState(244);
          scaleValue();
          break;
        }

        }
        setState(251);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      break;
    }

    case 2: {
      enterOuterAlt(_localctx, 2);
      setState(252);
      match(RedlineParser::T__10);
      setState(253);
      match(RedlineParser::T__23);
      setState(254);
      match(RedlineParser::DATE);
      setState(255);
      match(RedlineParser::T__14);
      setState(258);
      _errHandler->sync(this);
      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 29, _ctx)) {
      case 1: {
        setState(256);
        expr(0);
        break;
      }

      case 2: {
        setState(257);
        scaleValue();
        break;
      }

      }
      setState(270);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 31, _ctx);
      while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
        if (alt == 1) {
          setState(260);
          match(RedlineParser::T__11);
          setState(261);
          match(RedlineParser::T__23);
          setState(262);
          match(RedlineParser::DATE);
          setState(263);
          match(RedlineParser::T__14);
          setState(266);
          _errHandler->sync(this);
          switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 30, _ctx)) {
          case 1: {
            setState(264);
            expr(0);
            break;
          }

          case 2: {
            setState(265);
            scaleValue();
            break;
          }

          } 
        }
        setState(272);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 31, _ctx);
      }
      setState(274);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__11) {
        setState(273);
        match(RedlineParser::T__11);
      }
      setState(276);
      match(RedlineParser::T__12);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ScaleValueContext ------------------------------------------------------------------

RedlineParser::ScaleValueContext::ScaleValueContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<RedlineParser::ScaleBracketContext *> RedlineParser::ScaleValueContext::scaleBracket() {
  return getRuleContexts<RedlineParser::ScaleBracketContext>();
}

RedlineParser::ScaleBracketContext* RedlineParser::ScaleValueContext::scaleBracket(size_t i) {
  return getRuleContext<RedlineParser::ScaleBracketContext>(i);
}


size_t RedlineParser::ScaleValueContext::getRuleIndex() const {
  return RedlineParser::RuleScaleValue;
}


RedlineParser::ScaleValueContext* RedlineParser::scaleValue() {
  ScaleValueContext *_localctx = _tracker.createInstance<ScaleValueContext>(_ctx, getState());
  enterRule(_localctx, 22, RedlineParser::RuleScaleValue);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(280);
    match(RedlineParser::T__10);
    setState(281);
    scaleBracket();
    setState(286);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 34, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(282);
        match(RedlineParser::T__11);
        setState(283);
        scaleBracket(); 
      }
      setState(288);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 34, _ctx);
    }
    setState(290);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__11) {
      setState(289);
      match(RedlineParser::T__11);
    }
    setState(292);
    match(RedlineParser::T__12);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ScaleBracketContext ------------------------------------------------------------------

RedlineParser::ScaleBracketContext::ScaleBracketContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<RedlineParser::ExprContext *> RedlineParser::ScaleBracketContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::ScaleBracketContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}


size_t RedlineParser::ScaleBracketContext::getRuleIndex() const {
  return RedlineParser::RuleScaleBracket;
}


RedlineParser::ScaleBracketContext* RedlineParser::scaleBracket() {
  ScaleBracketContext *_localctx = _tracker.createInstance<ScaleBracketContext>(_ctx, getState());
  enterRule(_localctx, 24, RedlineParser::RuleScaleBracket);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(294);
    expr(0);
    setState(295);
    match(RedlineParser::T__14);
    setState(296);
    expr(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- CycleDeclContext ------------------------------------------------------------------

RedlineParser::CycleDeclContext::CycleDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::CycleDeclContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::TypeContext* RedlineParser::CycleDeclContext::type() {
  return getRuleContext<RedlineParser::TypeContext>(0);
}

std::vector<RedlineParser::ExprContext *> RedlineParser::CycleDeclContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::CycleDeclContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

tree::TerminalNode* RedlineParser::CycleDeclContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::AnnotationContext *> RedlineParser::CycleDeclContext::annotation() {
  return getRuleContexts<RedlineParser::AnnotationContext>();
}

RedlineParser::AnnotationContext* RedlineParser::CycleDeclContext::annotation(size_t i) {
  return getRuleContext<RedlineParser::AnnotationContext>(i);
}


size_t RedlineParser::CycleDeclContext::getRuleIndex() const {
  return RedlineParser::RuleCycleDecl;
}


RedlineParser::CycleDeclContext* RedlineParser::cycleDecl() {
  CycleDeclContext *_localctx = _tracker.createInstance<CycleDeclContext>(_ctx, getState());
  enterRule(_localctx, 26, RedlineParser::RuleCycleDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(298);
    match(RedlineParser::T__24);
    setState(299);
    name();
    setState(300);
    match(RedlineParser::T__14);
    setState(301);
    type();
    setState(303);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(302);
      match(RedlineParser::CITATION);
    }
    setState(308);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__32

    || _la == RedlineParser::T__33) {
      setState(305);
      annotation();
      setState(310);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(311);
    match(RedlineParser::T__20);
    setState(312);
    expr(0);
    setState(317);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__11) {
      setState(313);
      match(RedlineParser::T__11);
      setState(314);
      expr(0);
      setState(319);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(320);
    match(RedlineParser::T__1);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- RuleDeclContext ------------------------------------------------------------------

RedlineParser::RuleDeclContext::RuleDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::RuleDeclContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::RuleBodyContext* RedlineParser::RuleDeclContext::ruleBody() {
  return getRuleContext<RedlineParser::RuleBodyContext>(0);
}

tree::TerminalNode* RedlineParser::RuleDeclContext::OUTPUT() {
  return getToken(RedlineParser::OUTPUT, 0);
}

std::vector<RedlineParser::RuleParamContext *> RedlineParser::RuleDeclContext::ruleParam() {
  return getRuleContexts<RedlineParser::RuleParamContext>();
}

RedlineParser::RuleParamContext* RedlineParser::RuleDeclContext::ruleParam(size_t i) {
  return getRuleContext<RedlineParser::RuleParamContext>(i);
}

RedlineParser::TypeContext* RedlineParser::RuleDeclContext::type() {
  return getRuleContext<RedlineParser::TypeContext>(0);
}

tree::TerminalNode* RedlineParser::RuleDeclContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

tree::TerminalNode* RedlineParser::RuleDeclContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::AnnotationContext *> RedlineParser::RuleDeclContext::annotation() {
  return getRuleContexts<RedlineParser::AnnotationContext>();
}

RedlineParser::AnnotationContext* RedlineParser::RuleDeclContext::annotation(size_t i) {
  return getRuleContext<RedlineParser::AnnotationContext>(i);
}

RedlineParser::ActClauseContext* RedlineParser::RuleDeclContext::actClause() {
  return getRuleContext<RedlineParser::ActClauseContext>(0);
}

RedlineParser::DueClauseContext* RedlineParser::RuleDeclContext::dueClause() {
  return getRuleContext<RedlineParser::DueClauseContext>(0);
}

std::vector<RedlineParser::ExceptionClauseContext *> RedlineParser::RuleDeclContext::exceptionClause() {
  return getRuleContexts<RedlineParser::ExceptionClauseContext>();
}

RedlineParser::ExceptionClauseContext* RedlineParser::RuleDeclContext::exceptionClause(size_t i) {
  return getRuleContext<RedlineParser::ExceptionClauseContext>(i);
}


size_t RedlineParser::RuleDeclContext::getRuleIndex() const {
  return RedlineParser::RuleRuleDecl;
}


RedlineParser::RuleDeclContext* RedlineParser::ruleDecl() {
  RuleDeclContext *_localctx = _tracker.createInstance<RuleDeclContext>(_ctx, getState());
  enterRule(_localctx, 28, RedlineParser::RuleRuleDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(323);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::OUTPUT) {
      setState(322);
      match(RedlineParser::OUTPUT);
    }
    setState(325);
    dynamic_cast<RuleDeclContext *>(_localctx)->kind = _input->LT(1);
    _la = _input->LA(1);
    if (!(_la == RedlineParser::T__25

    || _la == RedlineParser::T__26)) {
      dynamic_cast<RuleDeclContext *>(_localctx)->kind = _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(326);
    name();
    setState(327);
    match(RedlineParser::T__27);
    setState(336);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
      | (1ULL << RedlineParser::T__4)
      | (1ULL << RedlineParser::T__5)
      | (1ULL << RedlineParser::T__7)
      | (1ULL << RedlineParser::T__16)
      | (1ULL << RedlineParser::T__17)
      | (1ULL << RedlineParser::T__18)
      | (1ULL << RedlineParser::T__21)
      | (1ULL << RedlineParser::T__23)
      | (1ULL << RedlineParser::T__29)
      | (1ULL << RedlineParser::T__30)
      | (1ULL << RedlineParser::T__31)
      | (1ULL << RedlineParser::T__32)
      | (1ULL << RedlineParser::T__33)
      | (1ULL << RedlineParser::T__35)
      | (1ULL << RedlineParser::T__38)
      | (1ULL << RedlineParser::T__40)
      | (1ULL << RedlineParser::T__41)
      | (1ULL << RedlineParser::T__42)
      | (1ULL << RedlineParser::T__47)
      | (1ULL << RedlineParser::T__60)
      | (1ULL << RedlineParser::T__61))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
      | (1ULL << (RedlineParser::T__64 - 64))
      | (1ULL << (RedlineParser::T__65 - 64))
      | (1ULL << (RedlineParser::T__66 - 64))
      | (1ULL << (RedlineParser::T__67 - 64))
      | (1ULL << (RedlineParser::T__68 - 64))
      | (1ULL << (RedlineParser::T__69 - 64))
      | (1ULL << (RedlineParser::T__70 - 64))
      | (1ULL << (RedlineParser::T__71 - 64))
      | (1ULL << (RedlineParser::T__72 - 64))
      | (1ULL << (RedlineParser::T__73 - 64))
      | (1ULL << (RedlineParser::T__92 - 64))
      | (1ULL << (RedlineParser::T__93 - 64))
      | (1ULL << (RedlineParser::KEY - 64))
      | (1ULL << (RedlineParser::OUTPUT - 64))
      | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
      setState(328);
      ruleParam();
      setState(333);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == RedlineParser::T__11) {
        setState(329);
        match(RedlineParser::T__11);
        setState(330);
        ruleParam();
        setState(335);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
    }
    setState(338);
    match(RedlineParser::T__28);
    setState(341);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__14) {
      setState(339);
      match(RedlineParser::T__14);
      setState(340);
      type();
    }
    setState(344);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::STRING) {
      setState(343);
      match(RedlineParser::STRING);
    }
    setState(347);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(346);
      match(RedlineParser::CITATION);
    }
    setState(352);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__32

    || _la == RedlineParser::T__33) {
      setState(349);
      annotation();
      setState(354);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(356);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__29

    || _la == RedlineParser::T__30) {
      setState(355);
      actClause();
    }
    setState(359);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__21

    || _la == RedlineParser::T__31) {
      setState(358);
      dueClause();
    }
    setState(361);
    match(RedlineParser::T__20);
    setState(362);
    ruleBody();
    setState(366);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__34) {
      setState(363);
      exceptionClause();
      setState(368);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(369);
    match(RedlineParser::T__1);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- RuleParamContext ------------------------------------------------------------------

RedlineParser::RuleParamContext::RuleParamContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::RuleParamContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::TypeContext* RedlineParser::RuleParamContext::type() {
  return getRuleContext<RedlineParser::TypeContext>(0);
}


size_t RedlineParser::RuleParamContext::getRuleIndex() const {
  return RedlineParser::RuleRuleParam;
}


RedlineParser::RuleParamContext* RedlineParser::ruleParam() {
  RuleParamContext *_localctx = _tracker.createInstance<RuleParamContext>(_ctx, getState());
  enterRule(_localctx, 30, RedlineParser::RuleRuleParam);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(371);
    name();
    setState(372);
    match(RedlineParser::T__14);
    setState(373);
    type();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ActClauseContext ------------------------------------------------------------------

RedlineParser::ActClauseContext::ActClauseContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::ActClauseContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}


size_t RedlineParser::ActClauseContext::getRuleIndex() const {
  return RedlineParser::RuleActClause;
}


RedlineParser::ActClauseContext* RedlineParser::actClause() {
  ActClauseContext *_localctx = _tracker.createInstance<ActClauseContext>(_ctx, getState());
  enterRule(_localctx, 32, RedlineParser::RuleActClause);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(375);
    dynamic_cast<ActClauseContext *>(_localctx)->kind = _input->LT(1);
    _la = _input->LA(1);
    if (!(_la == RedlineParser::T__29

    || _la == RedlineParser::T__30)) {
      dynamic_cast<ActClauseContext *>(_localctx)->kind = _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(376);
    name();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- DueClauseContext ------------------------------------------------------------------

RedlineParser::DueClauseContext::DueClauseContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::ExprContext* RedlineParser::DueClauseContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}


size_t RedlineParser::DueClauseContext::getRuleIndex() const {
  return RedlineParser::RuleDueClause;
}


RedlineParser::DueClauseContext* RedlineParser::dueClause() {
  DueClauseContext *_localctx = _tracker.createInstance<DueClauseContext>(_ctx, getState());
  enterRule(_localctx, 34, RedlineParser::RuleDueClause);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(378);
    dynamic_cast<DueClauseContext *>(_localctx)->kind = _input->LT(1);
    _la = _input->LA(1);
    if (!(_la == RedlineParser::T__21

    || _la == RedlineParser::T__31)) {
      dynamic_cast<DueClauseContext *>(_localctx)->kind = _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(379);
    expr(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- RuleBodyContext ------------------------------------------------------------------

RedlineParser::RuleBodyContext::RuleBodyContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::TableExprContext* RedlineParser::RuleBodyContext::tableExpr() {
  return getRuleContext<RedlineParser::TableExprContext>(0);
}

RedlineParser::ExprContext* RedlineParser::RuleBodyContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}


size_t RedlineParser::RuleBodyContext::getRuleIndex() const {
  return RedlineParser::RuleRuleBody;
}


RedlineParser::RuleBodyContext* RedlineParser::ruleBody() {
  RuleBodyContext *_localctx = _tracker.createInstance<RuleBodyContext>(_ctx, getState());
  enterRule(_localctx, 36, RedlineParser::RuleRuleBody);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(383);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__37: {
        enterOuterAlt(_localctx, 1);
        setState(381);
        tableExpr();
        break;
      }

      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__7:
      case RedlineParser::T__10:
      case RedlineParser::T__16:
      case RedlineParser::T__17:
      case RedlineParser::T__18:
      case RedlineParser::T__21:
      case RedlineParser::T__23:
      case RedlineParser::T__27:
      case RedlineParser::T__29:
      case RedlineParser::T__30:
      case RedlineParser::T__31:
      case RedlineParser::T__32:
      case RedlineParser::T__33:
      case RedlineParser::T__35:
      case RedlineParser::T__38:
      case RedlineParser::T__39:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__43:
      case RedlineParser::T__44:
      case RedlineParser::T__45:
      case RedlineParser::T__46:
      case RedlineParser::T__47:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__71:
      case RedlineParser::T__72:
      case RedlineParser::T__73:
      case RedlineParser::T__74:
      case RedlineParser::T__84:
      case RedlineParser::T__86:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__91:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::T__95:
      case RedlineParser::T__97:
      case RedlineParser::KEY:
      case RedlineParser::OUTPUT:
      case RedlineParser::NOT:
      case RedlineParser::STRING:
      case RedlineParser::DATE:
      case RedlineParser::DECIMAL:
      case RedlineParser::INT:
      case RedlineParser::IDENT: {
        enterOuterAlt(_localctx, 2);
        setState(382);
        expr(0);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AnnotationContext ------------------------------------------------------------------

RedlineParser::AnnotationContext::AnnotationContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* RedlineParser::AnnotationContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}


size_t RedlineParser::AnnotationContext::getRuleIndex() const {
  return RedlineParser::RuleAnnotation;
}


RedlineParser::AnnotationContext* RedlineParser::annotation() {
  AnnotationContext *_localctx = _tracker.createInstance<AnnotationContext>(_ctx, getState());
  enterRule(_localctx, 38, RedlineParser::RuleAnnotation);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(385);
    dynamic_cast<AnnotationContext *>(_localctx)->kind = _input->LT(1);
    _la = _input->LA(1);
    if (!(_la == RedlineParser::T__32

    || _la == RedlineParser::T__33)) {
      dynamic_cast<AnnotationContext *>(_localctx)->kind = _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(386);
    match(RedlineParser::STRING);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExceptionClauseContext ------------------------------------------------------------------

RedlineParser::ExceptionClauseContext::ExceptionClauseContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<RedlineParser::NameContext *> RedlineParser::ExceptionClauseContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::ExceptionClauseContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

std::vector<RedlineParser::ExprContext *> RedlineParser::ExceptionClauseContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::ExceptionClauseContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

tree::TerminalNode* RedlineParser::ExceptionClauseContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::AnnotationContext *> RedlineParser::ExceptionClauseContext::annotation() {
  return getRuleContexts<RedlineParser::AnnotationContext>();
}

RedlineParser::AnnotationContext* RedlineParser::ExceptionClauseContext::annotation(size_t i) {
  return getRuleContext<RedlineParser::AnnotationContext>(i);
}


size_t RedlineParser::ExceptionClauseContext::getRuleIndex() const {
  return RedlineParser::RuleExceptionClause;
}


RedlineParser::ExceptionClauseContext* RedlineParser::exceptionClause() {
  ExceptionClauseContext *_localctx = _tracker.createInstance<ExceptionClauseContext>(_ctx, getState());
  enterRule(_localctx, 40, RedlineParser::RuleExceptionClause);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(388);
    match(RedlineParser::T__34);
    setState(389);
    name();
    setState(392);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__35) {
      setState(390);
      match(RedlineParser::T__35);
      setState(391);
      name();
    }
    setState(395);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(394);
      match(RedlineParser::CITATION);
    }
    setState(400);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__32

    || _la == RedlineParser::T__33) {
      setState(397);
      annotation();
      setState(402);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(403);
    match(RedlineParser::T__36);
    setState(404);
    expr(0);
    setState(405);
    match(RedlineParser::T__22);
    setState(406);
    expr(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TableExprContext ------------------------------------------------------------------

RedlineParser::TableExprContext::TableExprContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::HitPolicyContext* RedlineParser::TableExprContext::hitPolicy() {
  return getRuleContext<RedlineParser::HitPolicyContext>(0);
}

std::vector<RedlineParser::ExprContext *> RedlineParser::TableExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::TableExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

std::vector<RedlineParser::TableRowContext *> RedlineParser::TableExprContext::tableRow() {
  return getRuleContexts<RedlineParser::TableRowContext>();
}

RedlineParser::TableRowContext* RedlineParser::TableExprContext::tableRow(size_t i) {
  return getRuleContext<RedlineParser::TableRowContext>(i);
}


size_t RedlineParser::TableExprContext::getRuleIndex() const {
  return RedlineParser::RuleTableExpr;
}


RedlineParser::TableExprContext* RedlineParser::tableExpr() {
  TableExprContext *_localctx = _tracker.createInstance<TableExprContext>(_ctx, getState());
  enterRule(_localctx, 42, RedlineParser::RuleTableExpr);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(408);
    match(RedlineParser::T__37);
    setState(409);
    hitPolicy();
    setState(410);
    match(RedlineParser::T__27);
    setState(411);
    expr(0);
    setState(416);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__11) {
      setState(412);
      match(RedlineParser::T__11);
      setState(413);
      expr(0);
      setState(418);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(419);
    match(RedlineParser::T__28);
    setState(420);
    match(RedlineParser::T__10);
    setState(424);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
      | (1ULL << RedlineParser::T__4)
      | (1ULL << RedlineParser::T__5)
      | (1ULL << RedlineParser::T__7)
      | (1ULL << RedlineParser::T__10)
      | (1ULL << RedlineParser::T__16)
      | (1ULL << RedlineParser::T__17)
      | (1ULL << RedlineParser::T__18)
      | (1ULL << RedlineParser::T__21)
      | (1ULL << RedlineParser::T__23)
      | (1ULL << RedlineParser::T__27)
      | (1ULL << RedlineParser::T__29)
      | (1ULL << RedlineParser::T__30)
      | (1ULL << RedlineParser::T__31)
      | (1ULL << RedlineParser::T__32)
      | (1ULL << RedlineParser::T__33)
      | (1ULL << RedlineParser::T__35)
      | (1ULL << RedlineParser::T__38)
      | (1ULL << RedlineParser::T__39)
      | (1ULL << RedlineParser::T__40)
      | (1ULL << RedlineParser::T__41)
      | (1ULL << RedlineParser::T__42)
      | (1ULL << RedlineParser::T__43)
      | (1ULL << RedlineParser::T__44)
      | (1ULL << RedlineParser::T__45)
      | (1ULL << RedlineParser::T__46)
      | (1ULL << RedlineParser::T__47)
      | (1ULL << RedlineParser::T__49)
      | (1ULL << RedlineParser::T__50)
      | (1ULL << RedlineParser::T__51)
      | (1ULL << RedlineParser::T__52)
      | (1ULL << RedlineParser::T__53)
      | (1ULL << RedlineParser::T__54)
      | (1ULL << RedlineParser::T__55)
      | (1ULL << RedlineParser::T__56)
      | (1ULL << RedlineParser::T__60)
      | (1ULL << RedlineParser::T__61))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
      | (1ULL << (RedlineParser::T__64 - 64))
      | (1ULL << (RedlineParser::T__65 - 64))
      | (1ULL << (RedlineParser::T__66 - 64))
      | (1ULL << (RedlineParser::T__67 - 64))
      | (1ULL << (RedlineParser::T__68 - 64))
      | (1ULL << (RedlineParser::T__69 - 64))
      | (1ULL << (RedlineParser::T__70 - 64))
      | (1ULL << (RedlineParser::T__71 - 64))
      | (1ULL << (RedlineParser::T__72 - 64))
      | (1ULL << (RedlineParser::T__73 - 64))
      | (1ULL << (RedlineParser::T__74 - 64))
      | (1ULL << (RedlineParser::T__84 - 64))
      | (1ULL << (RedlineParser::T__86 - 64))
      | (1ULL << (RedlineParser::T__89 - 64))
      | (1ULL << (RedlineParser::T__90 - 64))
      | (1ULL << (RedlineParser::T__91 - 64))
      | (1ULL << (RedlineParser::T__92 - 64))
      | (1ULL << (RedlineParser::T__93 - 64))
      | (1ULL << (RedlineParser::T__95 - 64))
      | (1ULL << (RedlineParser::T__97 - 64))
      | (1ULL << (RedlineParser::KEY - 64))
      | (1ULL << (RedlineParser::OUTPUT - 64))
      | (1ULL << (RedlineParser::NOT - 64))
      | (1ULL << (RedlineParser::INTERVAL - 64))
      | (1ULL << (RedlineParser::STRING - 64))
      | (1ULL << (RedlineParser::DATE - 64))
      | (1ULL << (RedlineParser::DECIMAL - 64))
      | (1ULL << (RedlineParser::INT - 64))
      | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
      setState(421);
      tableRow();
      setState(426);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(427);
    match(RedlineParser::T__12);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- HitPolicyContext ------------------------------------------------------------------

RedlineParser::HitPolicyContext::HitPolicyContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* RedlineParser::HitPolicyContext::OUTPUT() {
  return getToken(RedlineParser::OUTPUT, 0);
}


size_t RedlineParser::HitPolicyContext::getRuleIndex() const {
  return RedlineParser::RuleHitPolicy;
}


RedlineParser::HitPolicyContext* RedlineParser::hitPolicy() {
  HitPolicyContext *_localctx = _tracker.createInstance<HitPolicyContext>(_ctx, getState());
  enterRule(_localctx, 44, RedlineParser::RuleHitPolicy);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(439);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__38: {
        enterOuterAlt(_localctx, 1);
        setState(429);
        match(RedlineParser::T__38);
        break;
      }

      case RedlineParser::T__39: {
        enterOuterAlt(_localctx, 2);
        setState(430);
        match(RedlineParser::T__39);
        break;
      }

      case RedlineParser::T__40: {
        enterOuterAlt(_localctx, 3);
        setState(431);
        match(RedlineParser::T__40);
        break;
      }

      case RedlineParser::T__41: {
        enterOuterAlt(_localctx, 4);
        setState(432);
        match(RedlineParser::T__41);
        break;
      }

      case RedlineParser::T__42: {
        enterOuterAlt(_localctx, 5);
        setState(433);
        match(RedlineParser::T__42);
        setState(434);
        dynamic_cast<HitPolicyContext *>(_localctx)->agg = _input->LT(1);
        _la = _input->LA(1);
        if (!((((_la & ~ 0x3fULL) == 0) &&
          ((1ULL << _la) & ((1ULL << RedlineParser::T__43)
          | (1ULL << RedlineParser::T__44)
          | (1ULL << RedlineParser::T__45)
          | (1ULL << RedlineParser::T__46))) != 0))) {
          dynamic_cast<HitPolicyContext *>(_localctx)->agg = _errHandler->recoverInline(this);
        }
        else {
          _errHandler->reportMatch(this);
          consume();
        }
        break;
      }

      case RedlineParser::T__25: {
        enterOuterAlt(_localctx, 6);
        setState(435);
        match(RedlineParser::T__25);
        setState(436);
        match(RedlineParser::T__47);
        break;
      }

      case RedlineParser::OUTPUT: {
        enterOuterAlt(_localctx, 7);
        setState(437);
        match(RedlineParser::OUTPUT);
        setState(438);
        match(RedlineParser::T__47);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TableRowContext ------------------------------------------------------------------

RedlineParser::TableRowContext::TableRowContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::TableRowContext::getRuleIndex() const {
  return RedlineParser::RuleTableRow;
}

void RedlineParser::TableRowContext::copyFrom(TableRowContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- ConditionRowContext ------------------------------------------------------------------

std::vector<RedlineParser::CellContext *> RedlineParser::ConditionRowContext::cell() {
  return getRuleContexts<RedlineParser::CellContext>();
}

RedlineParser::CellContext* RedlineParser::ConditionRowContext::cell(size_t i) {
  return getRuleContext<RedlineParser::CellContext>(i);
}

RedlineParser::ExprContext* RedlineParser::ConditionRowContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::NameContext* RedlineParser::ConditionRowContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::ConditionRowContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

RedlineParser::ConditionRowContext::ConditionRowContext(TableRowContext *ctx) { copyFrom(ctx); }


//----------------- OtherwiseRowContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::OtherwiseRowContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

tree::TerminalNode* RedlineParser::OtherwiseRowContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

RedlineParser::OtherwiseRowContext::OtherwiseRowContext(TableRowContext *ctx) { copyFrom(ctx); }


RedlineParser::TableRowContext* RedlineParser::tableRow() {
  TableRowContext *_localctx = _tracker.createInstance<TableRowContext>(_ctx, getState());
  enterRule(_localctx, 46, RedlineParser::RuleTableRow);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(469);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__7:
      case RedlineParser::T__10:
      case RedlineParser::T__16:
      case RedlineParser::T__17:
      case RedlineParser::T__18:
      case RedlineParser::T__21:
      case RedlineParser::T__23:
      case RedlineParser::T__27:
      case RedlineParser::T__29:
      case RedlineParser::T__30:
      case RedlineParser::T__31:
      case RedlineParser::T__32:
      case RedlineParser::T__33:
      case RedlineParser::T__35:
      case RedlineParser::T__38:
      case RedlineParser::T__39:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__43:
      case RedlineParser::T__44:
      case RedlineParser::T__45:
      case RedlineParser::T__46:
      case RedlineParser::T__47:
      case RedlineParser::T__50:
      case RedlineParser::T__51:
      case RedlineParser::T__52:
      case RedlineParser::T__53:
      case RedlineParser::T__54:
      case RedlineParser::T__55:
      case RedlineParser::T__56:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__71:
      case RedlineParser::T__72:
      case RedlineParser::T__73:
      case RedlineParser::T__74:
      case RedlineParser::T__84:
      case RedlineParser::T__86:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__91:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::T__95:
      case RedlineParser::T__97:
      case RedlineParser::KEY:
      case RedlineParser::OUTPUT:
      case RedlineParser::NOT:
      case RedlineParser::INTERVAL:
      case RedlineParser::STRING:
      case RedlineParser::DATE:
      case RedlineParser::DECIMAL:
      case RedlineParser::INT:
      case RedlineParser::IDENT: {
        _localctx = dynamic_cast<TableRowContext *>(_tracker.createInstance<RedlineParser::ConditionRowContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(444);
        _errHandler->sync(this);

        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 56, _ctx)) {
        case 1: {
          setState(441);
          name();
          setState(442);
          match(RedlineParser::T__14);
          break;
        }

        }
        setState(446);
        cell();
        setState(451);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__11) {
          setState(447);
          match(RedlineParser::T__11);
          setState(448);
          cell();
          setState(453);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(454);
        match(RedlineParser::T__48);
        setState(455);
        expr(0);
        setState(457);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(456);
          match(RedlineParser::CITATION);
        }
        setState(459);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__49: {
        _localctx = dynamic_cast<TableRowContext *>(_tracker.createInstance<RedlineParser::OtherwiseRowContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(461);
        match(RedlineParser::T__49);
        setState(462);
        match(RedlineParser::T__48);
        setState(463);
        expr(0);
        setState(465);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(464);
          match(RedlineParser::CITATION);
        }
        setState(467);
        match(RedlineParser::T__1);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- CellContext ------------------------------------------------------------------

RedlineParser::CellContext::CellContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::CellContext::getRuleIndex() const {
  return RedlineParser::RuleCell;
}

void RedlineParser::CellContext::copyFrom(CellContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- IntervalCellContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::IntervalCellContext::INTERVAL() {
  return getToken(RedlineParser::INTERVAL, 0);
}

RedlineParser::IntervalCellContext::IntervalCellContext(CellContext *ctx) { copyFrom(ctx); }


//----------------- CompareCellContext ------------------------------------------------------------------

RedlineParser::CompareOpContext* RedlineParser::CompareCellContext::compareOp() {
  return getRuleContext<RedlineParser::CompareOpContext>(0);
}

RedlineParser::ExprContext* RedlineParser::CompareCellContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::CompareCellContext::CompareCellContext(CellContext *ctx) { copyFrom(ctx); }


//----------------- AnyCellContext ------------------------------------------------------------------

RedlineParser::AnyCellContext::AnyCellContext(CellContext *ctx) { copyFrom(ctx); }


//----------------- OrCellContext ------------------------------------------------------------------

std::vector<RedlineParser::CellTestContext *> RedlineParser::OrCellContext::cellTest() {
  return getRuleContexts<RedlineParser::CellTestContext>();
}

RedlineParser::CellTestContext* RedlineParser::OrCellContext::cellTest(size_t i) {
  return getRuleContext<RedlineParser::CellTestContext>(i);
}

std::vector<tree::TerminalNode *> RedlineParser::OrCellContext::OR() {
  return getTokens(RedlineParser::OR);
}

tree::TerminalNode* RedlineParser::OrCellContext::OR(size_t i) {
  return getToken(RedlineParser::OR, i);
}

RedlineParser::OrCellContext::OrCellContext(CellContext *ctx) { copyFrom(ctx); }


//----------------- ValueCellContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::ValueCellContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::ValueCellContext::ValueCellContext(CellContext *ctx) { copyFrom(ctx); }


RedlineParser::CellContext* RedlineParser::cell() {
  CellContext *_localctx = _tracker.createInstance<CellContext>(_ctx, getState());
  enterRule(_localctx, 48, RedlineParser::RuleCell);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(484);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 62, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::AnyCellContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(471);
      match(RedlineParser::T__50);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::CompareCellContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(472);
      compareOp();
      setState(473);
      expr(0);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::IntervalCellContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(475);
      match(RedlineParser::INTERVAL);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::ValueCellContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(476);
      expr(0);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::OrCellContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(477);
      cellTest();
      setState(480); 
      _errHandler->sync(this);
      _la = _input->LA(1);
      do {
        setState(478);
        match(RedlineParser::OR);
        setState(479);
        cellTest();
        setState(482); 
        _errHandler->sync(this);
        _la = _input->LA(1);
      } while (_la == RedlineParser::OR);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- CellTestContext ------------------------------------------------------------------

RedlineParser::CellTestContext::CellTestContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::CompareOpContext* RedlineParser::CellTestContext::compareOp() {
  return getRuleContext<RedlineParser::CompareOpContext>(0);
}

RedlineParser::ExprContext* RedlineParser::CellTestContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

tree::TerminalNode* RedlineParser::CellTestContext::INTERVAL() {
  return getToken(RedlineParser::INTERVAL, 0);
}


size_t RedlineParser::CellTestContext::getRuleIndex() const {
  return RedlineParser::RuleCellTest;
}


RedlineParser::CellTestContext* RedlineParser::cellTest() {
  CellTestContext *_localctx = _tracker.createInstance<CellTestContext>(_ctx, getState());
  enterRule(_localctx, 50, RedlineParser::RuleCellTest);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(491);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__51:
      case RedlineParser::T__52:
      case RedlineParser::T__53:
      case RedlineParser::T__54:
      case RedlineParser::T__55:
      case RedlineParser::T__56: {
        enterOuterAlt(_localctx, 1);
        setState(486);
        compareOp();
        setState(487);
        expr(0);
        break;
      }

      case RedlineParser::INTERVAL: {
        enterOuterAlt(_localctx, 2);
        setState(489);
        match(RedlineParser::INTERVAL);
        break;
      }

      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__7:
      case RedlineParser::T__10:
      case RedlineParser::T__16:
      case RedlineParser::T__17:
      case RedlineParser::T__18:
      case RedlineParser::T__21:
      case RedlineParser::T__23:
      case RedlineParser::T__27:
      case RedlineParser::T__29:
      case RedlineParser::T__30:
      case RedlineParser::T__31:
      case RedlineParser::T__32:
      case RedlineParser::T__33:
      case RedlineParser::T__35:
      case RedlineParser::T__38:
      case RedlineParser::T__39:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__43:
      case RedlineParser::T__44:
      case RedlineParser::T__45:
      case RedlineParser::T__46:
      case RedlineParser::T__47:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__71:
      case RedlineParser::T__72:
      case RedlineParser::T__73:
      case RedlineParser::T__74:
      case RedlineParser::T__84:
      case RedlineParser::T__86:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__91:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::T__95:
      case RedlineParser::T__97:
      case RedlineParser::KEY:
      case RedlineParser::OUTPUT:
      case RedlineParser::NOT:
      case RedlineParser::STRING:
      case RedlineParser::DATE:
      case RedlineParser::DECIMAL:
      case RedlineParser::INT:
      case RedlineParser::IDENT: {
        enterOuterAlt(_localctx, 3);
        setState(490);
        expr(0);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- CompareOpContext ------------------------------------------------------------------

RedlineParser::CompareOpContext::CompareOpContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::CompareOpContext::getRuleIndex() const {
  return RedlineParser::RuleCompareOp;
}


RedlineParser::CompareOpContext* RedlineParser::compareOp() {
  CompareOpContext *_localctx = _tracker.createInstance<CompareOpContext>(_ctx, getState());
  enterRule(_localctx, 52, RedlineParser::RuleCompareOp);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(493);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__51)
      | (1ULL << RedlineParser::T__52)
      | (1ULL << RedlineParser::T__53)
      | (1ULL << RedlineParser::T__54)
      | (1ULL << RedlineParser::T__55)
      | (1ULL << RedlineParser::T__56))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AmendmentContext ------------------------------------------------------------------

RedlineParser::AmendmentContext::AmendmentContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::AmendmentContext::getRuleIndex() const {
  return RedlineParser::RuleAmendment;
}

void RedlineParser::AmendmentContext::copyFrom(AmendmentContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- SubstituteParamContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::SubstituteParamContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::ScaleBracketContext* RedlineParser::SubstituteParamContext::scaleBracket() {
  return getRuleContext<RedlineParser::ScaleBracketContext>(0);
}

RedlineParser::ParamValuesContext* RedlineParser::SubstituteParamContext::paramValues() {
  return getRuleContext<RedlineParser::ParamValuesContext>(0);
}

tree::TerminalNode* RedlineParser::SubstituteParamContext::INT() {
  return getToken(RedlineParser::INT, 0);
}

tree::TerminalNode* RedlineParser::SubstituteParamContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::AnnotationContext *> RedlineParser::SubstituteParamContext::annotation() {
  return getRuleContexts<RedlineParser::AnnotationContext>();
}

RedlineParser::AnnotationContext* RedlineParser::SubstituteParamContext::annotation(size_t i) {
  return getRuleContext<RedlineParser::AnnotationContext>(i);
}

tree::TerminalNode* RedlineParser::SubstituteParamContext::DATE() {
  return getToken(RedlineParser::DATE, 0);
}

RedlineParser::SubstituteParamContext::SubstituteParamContext(AmendmentContext *ctx) { copyFrom(ctx); }


//----------------- ReplaceAmendmentContext ------------------------------------------------------------------

RedlineParser::AmendableContext* RedlineParser::ReplaceAmendmentContext::amendable() {
  return getRuleContext<RedlineParser::AmendableContext>(0);
}

RedlineParser::ReplaceAmendmentContext::ReplaceAmendmentContext(AmendmentContext *ctx) { copyFrom(ctx); }


//----------------- RepealDeclContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::RepealDeclContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::RepealDeclContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

RedlineParser::RepealDeclContext::RepealDeclContext(AmendmentContext *ctx) { copyFrom(ctx); }


//----------------- RepealExceptionContext ------------------------------------------------------------------

std::vector<RedlineParser::NameContext *> RedlineParser::RepealExceptionContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::RepealExceptionContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

tree::TerminalNode* RedlineParser::RepealExceptionContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

RedlineParser::RepealExceptionContext::RepealExceptionContext(AmendmentContext *ctx) { copyFrom(ctx); }


//----------------- RepealRowContext ------------------------------------------------------------------

std::vector<RedlineParser::NameContext *> RedlineParser::RepealRowContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::RepealRowContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

tree::TerminalNode* RedlineParser::RepealRowContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

RedlineParser::RepealRowContext::RepealRowContext(AmendmentContext *ctx) { copyFrom(ctx); }


//----------------- RepealFieldContext ------------------------------------------------------------------

std::vector<RedlineParser::NameContext *> RedlineParser::RepealFieldContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::RepealFieldContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

tree::TerminalNode* RedlineParser::RepealFieldContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

RedlineParser::RepealFieldContext::RepealFieldContext(AmendmentContext *ctx) { copyFrom(ctx); }


//----------------- InsertAmendmentContext ------------------------------------------------------------------

RedlineParser::AmendableContext* RedlineParser::InsertAmendmentContext::amendable() {
  return getRuleContext<RedlineParser::AmendableContext>(0);
}

RedlineParser::InsertAmendmentContext::InsertAmendmentContext(AmendmentContext *ctx) { copyFrom(ctx); }


RedlineParser::AmendmentContext* RedlineParser::amendment() {
  AmendmentContext *_localctx = _tracker.createInstance<AmendmentContext>(_ctx, getState());
  enterRule(_localctx, 54, RedlineParser::RuleAmendment);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(564);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 73, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::ReplaceAmendmentContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(495);
      match(RedlineParser::T__57);
      setState(496);
      amendable();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::InsertAmendmentContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(497);
      match(RedlineParser::T__58);
      setState(498);
      amendable();
      break;
    }

    case 3: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::RepealDeclContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(499);
      match(RedlineParser::T__59);
      setState(500);
      dynamic_cast<RepealDeclContext *>(_localctx)->target = _input->LT(1);
      _la = _input->LA(1);
      if (!((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << RedlineParser::T__13)
        | (1ULL << RedlineParser::T__19)
        | (1ULL << RedlineParser::T__24)
        | (1ULL << RedlineParser::T__25)
        | (1ULL << RedlineParser::T__26))) != 0))) {
        dynamic_cast<RepealDeclContext *>(_localctx)->target = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(501);
      name();
      setState(503);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(502);
        match(RedlineParser::CITATION);
      }
      setState(505);
      match(RedlineParser::T__1);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::RepealExceptionContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(507);
      match(RedlineParser::T__59);
      setState(508);
      match(RedlineParser::T__34);
      setState(509);
      name();
      setState(510);
      match(RedlineParser::T__6);
      setState(511);
      name();
      setState(513);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(512);
        match(RedlineParser::CITATION);
      }
      setState(515);
      match(RedlineParser::T__1);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::RepealRowContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(517);
      match(RedlineParser::T__59);
      setState(518);
      match(RedlineParser::T__60);
      setState(519);
      name();
      setState(520);
      match(RedlineParser::T__6);
      setState(521);
      name();
      setState(523);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(522);
        match(RedlineParser::CITATION);
      }
      setState(525);
      match(RedlineParser::T__1);
      break;
    }

    case 6: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::RepealFieldContext>(_localctx));
      enterOuterAlt(_localctx, 6);
      setState(527);
      match(RedlineParser::T__59);
      setState(528);
      match(RedlineParser::T__61);
      setState(529);
      name();
      setState(530);
      match(RedlineParser::T__6);
      setState(531);
      name();
      setState(533);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(532);
        match(RedlineParser::CITATION);
      }
      setState(535);
      match(RedlineParser::T__1);
      break;
    }

    case 7: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::SubstituteParamContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(537);
      match(RedlineParser::T__62);
      setState(538);
      match(RedlineParser::T__19);
      setState(539);
      name();
      setState(546);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__63) {
        setState(540);
        match(RedlineParser::T__63);
        setState(541);
        match(RedlineParser::INT);
        setState(544);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__23) {
          setState(542);
          match(RedlineParser::T__23);
          setState(543);
          match(RedlineParser::DATE);
        }
      }
      setState(549);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(548);
        match(RedlineParser::CITATION);
      }
      setState(554);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == RedlineParser::T__32

      || _la == RedlineParser::T__33) {
        setState(551);
        annotation();
        setState(556);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      setState(557);
      match(RedlineParser::T__20);
      setState(560);
      _errHandler->sync(this);
      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 72, _ctx)) {
      case 1: {
        setState(558);
        scaleBracket();
        break;
      }

      case 2: {
        setState(559);
        paramValues();
        break;
      }

      }
      setState(562);
      match(RedlineParser::T__1);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AmendableContext ------------------------------------------------------------------

RedlineParser::AmendableContext::AmendableContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::RuleDeclContext* RedlineParser::AmendableContext::ruleDecl() {
  return getRuleContext<RedlineParser::RuleDeclContext>(0);
}

RedlineParser::ParamDeclContext* RedlineParser::AmendableContext::paramDecl() {
  return getRuleContext<RedlineParser::ParamDeclContext>(0);
}

RedlineParser::CycleDeclContext* RedlineParser::AmendableContext::cycleDecl() {
  return getRuleContext<RedlineParser::CycleDeclContext>(0);
}

RedlineParser::EnumDeclContext* RedlineParser::AmendableContext::enumDecl() {
  return getRuleContext<RedlineParser::EnumDeclContext>(0);
}

RedlineParser::EntityDeclContext* RedlineParser::AmendableContext::entityDecl() {
  return getRuleContext<RedlineParser::EntityDeclContext>(0);
}

std::vector<RedlineParser::NameContext *> RedlineParser::AmendableContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::AmendableContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

RedlineParser::TypeContext* RedlineParser::AmendableContext::type() {
  return getRuleContext<RedlineParser::TypeContext>(0);
}

std::vector<RedlineParser::FieldCheckContext *> RedlineParser::AmendableContext::fieldCheck() {
  return getRuleContexts<RedlineParser::FieldCheckContext>();
}

RedlineParser::FieldCheckContext* RedlineParser::AmendableContext::fieldCheck(size_t i) {
  return getRuleContext<RedlineParser::FieldCheckContext>(i);
}

tree::TerminalNode* RedlineParser::AmendableContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::AnnotationContext *> RedlineParser::AmendableContext::annotation() {
  return getRuleContexts<RedlineParser::AnnotationContext>();
}

RedlineParser::AnnotationContext* RedlineParser::AmendableContext::annotation(size_t i) {
  return getRuleContext<RedlineParser::AnnotationContext>(i);
}

std::vector<RedlineParser::ExprContext *> RedlineParser::AmendableContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::AmendableContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

std::vector<RedlineParser::CellContext *> RedlineParser::AmendableContext::cell() {
  return getRuleContexts<RedlineParser::CellContext>();
}

RedlineParser::CellContext* RedlineParser::AmendableContext::cell(size_t i) {
  return getRuleContext<RedlineParser::CellContext>(i);
}


size_t RedlineParser::AmendableContext::getRuleIndex() const {
  return RedlineParser::RuleAmendable;
}


RedlineParser::AmendableContext* RedlineParser::amendable() {
  AmendableContext *_localctx = _tracker.createInstance<AmendableContext>(_ctx, getState());
  enterRule(_localctx, 56, RedlineParser::RuleAmendable);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(641);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__25:
      case RedlineParser::T__26:
      case RedlineParser::OUTPUT: {
        enterOuterAlt(_localctx, 1);
        setState(566);
        ruleDecl();
        break;
      }

      case RedlineParser::T__19: {
        enterOuterAlt(_localctx, 2);
        setState(567);
        paramDecl();
        break;
      }

      case RedlineParser::T__24: {
        enterOuterAlt(_localctx, 3);
        setState(568);
        cycleDecl();
        break;
      }

      case RedlineParser::T__9: {
        enterOuterAlt(_localctx, 4);
        setState(569);
        enumDecl();
        break;
      }

      case RedlineParser::T__13: {
        enterOuterAlt(_localctx, 5);
        setState(570);
        entityDecl();
        break;
      }

      case RedlineParser::T__61: {
        enterOuterAlt(_localctx, 6);
        setState(571);
        match(RedlineParser::T__61);
        setState(572);
        name();
        setState(573);
        match(RedlineParser::T__6);
        setState(574);
        name();
        setState(575);
        match(RedlineParser::T__14);
        setState(576);
        type();
        setState(580);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__15) {
          setState(577);
          fieldCheck();
          setState(582);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(584);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(583);
          match(RedlineParser::CITATION);
        }
        setState(589);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__32

        || _la == RedlineParser::T__33) {
          setState(586);
          annotation();
          setState(591);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(592);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__34: {
        enterOuterAlt(_localctx, 7);
        setState(594);
        match(RedlineParser::T__34);
        setState(595);
        name();
        setState(596);
        match(RedlineParser::T__6);
        setState(597);
        name();
        setState(600);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__35) {
          setState(598);
          match(RedlineParser::T__35);
          setState(599);
          name();
        }
        setState(603);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(602);
          match(RedlineParser::CITATION);
        }
        setState(608);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__32

        || _la == RedlineParser::T__33) {
          setState(605);
          annotation();
          setState(610);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(611);
        match(RedlineParser::T__36);
        setState(612);
        expr(0);
        setState(613);
        match(RedlineParser::T__22);
        setState(614);
        expr(0);
        setState(615);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__60: {
        enterOuterAlt(_localctx, 8);
        setState(617);
        match(RedlineParser::T__60);
        setState(618);
        name();
        setState(619);
        match(RedlineParser::T__6);
        setState(620);
        name();
        setState(623);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__64

        || _la == RedlineParser::T__65) {
          setState(621);
          dynamic_cast<AmendableContext *>(_localctx)->position = _input->LT(1);
          _la = _input->LA(1);
          if (!(_la == RedlineParser::T__64

          || _la == RedlineParser::T__65)) {
            dynamic_cast<AmendableContext *>(_localctx)->position = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(622);
          name();
        }
        setState(625);
        match(RedlineParser::T__14);
        setState(626);
        cell();
        setState(631);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__11) {
          setState(627);
          match(RedlineParser::T__11);
          setState(628);
          cell();
          setState(633);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(634);
        match(RedlineParser::T__48);
        setState(635);
        expr(0);
        setState(637);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(636);
          match(RedlineParser::CITATION);
        }
        setState(639);
        match(RedlineParser::T__1);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TestDeclContext ------------------------------------------------------------------

RedlineParser::TestDeclContext::TestDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::TestDeclContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::TestDeclContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

tree::TerminalNode* RedlineParser::TestDeclContext::CITATION() {
  return getToken(RedlineParser::CITATION, 0);
}

std::vector<RedlineParser::TestItemContext *> RedlineParser::TestDeclContext::testItem() {
  return getRuleContexts<RedlineParser::TestItemContext>();
}

RedlineParser::TestItemContext* RedlineParser::TestDeclContext::testItem(size_t i) {
  return getRuleContext<RedlineParser::TestItemContext>(i);
}


size_t RedlineParser::TestDeclContext::getRuleIndex() const {
  return RedlineParser::RuleTestDecl;
}


RedlineParser::TestDeclContext* RedlineParser::testDecl() {
  TestDeclContext *_localctx = _tracker.createInstance<TestDeclContext>(_ctx, getState());
  enterRule(_localctx, 58, RedlineParser::RuleTestDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(643);
    match(RedlineParser::T__66);
    setState(644);
    name();
    setState(646);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::STRING) {
      setState(645);
      match(RedlineParser::STRING);
    }
    setState(649);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(648);
      match(RedlineParser::CITATION);
    }
    setState(651);
    match(RedlineParser::T__10);
    setState(655);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (((((_la - 20) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 20)) & ((1ULL << (RedlineParser::T__19 - 20))
      | (1ULL << (RedlineParser::T__67 - 20))
      | (1ULL << (RedlineParser::T__69 - 20))
      | (1ULL << (RedlineParser::T__71 - 20))
      | (1ULL << (RedlineParser::T__72 - 20)))) != 0)) {
      setState(652);
      testItem();
      setState(657);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(658);
    match(RedlineParser::T__12);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TestItemContext ------------------------------------------------------------------

RedlineParser::TestItemContext::TestItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::TestItemContext::getRuleIndex() const {
  return RedlineParser::RuleTestItem;
}

void RedlineParser::TestItemContext::copyFrom(TestItemContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- ExpectItemContext ------------------------------------------------------------------

std::vector<RedlineParser::NameContext *> RedlineParser::ExpectItemContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::ExpectItemContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

RedlineParser::ExprContext* RedlineParser::ExpectItemContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::ExpectItemContext::ExpectItemContext(TestItemContext *ctx) { copyFrom(ctx); }


//----------------- AsOfItemContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::AsOfItemContext::DATE() {
  return getToken(RedlineParser::DATE, 0);
}

RedlineParser::AsOfItemContext::AsOfItemContext(TestItemContext *ctx) { copyFrom(ctx); }


//----------------- ParamItemContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::ParamItemContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::ExprContext* RedlineParser::ParamItemContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::ParamItemContext::ParamItemContext(TestItemContext *ctx) { copyFrom(ctx); }


//----------------- GivenDataItemContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::GivenDataItemContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

tree::TerminalNode* RedlineParser::GivenDataItemContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

RedlineParser::GivenDataItemContext::GivenDataItemContext(TestItemContext *ctx) { copyFrom(ctx); }


//----------------- ExpectErrorItemContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::ExpectErrorItemContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

RedlineParser::ExpectErrorItemContext::ExpectErrorItemContext(TestItemContext *ctx) { copyFrom(ctx); }


//----------------- GivenItemContext ------------------------------------------------------------------

std::vector<RedlineParser::NameContext *> RedlineParser::GivenItemContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::GivenItemContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

std::vector<RedlineParser::FieldValueContext *> RedlineParser::GivenItemContext::fieldValue() {
  return getRuleContexts<RedlineParser::FieldValueContext>();
}

RedlineParser::FieldValueContext* RedlineParser::GivenItemContext::fieldValue(size_t i) {
  return getRuleContext<RedlineParser::FieldValueContext>(i);
}

RedlineParser::GivenItemContext::GivenItemContext(TestItemContext *ctx) { copyFrom(ctx); }


//----------------- AmendItemContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::AmendItemContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

RedlineParser::AmendItemContext::AmendItemContext(TestItemContext *ctx) { copyFrom(ctx); }


RedlineParser::TestItemContext* RedlineParser::testItem() {
  TestItemContext *_localctx = _tracker.createInstance<TestItemContext>(_ctx, getState());
  enterRule(_localctx, 60, RedlineParser::RuleTestItem);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    setState(714);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 91, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::GivenItemContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(660);
      match(RedlineParser::T__67);
      setState(661);
      name();
      setState(662);
      name();
      setState(663);
      match(RedlineParser::T__10);
      setState(675);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
        | (1ULL << RedlineParser::T__4)
        | (1ULL << RedlineParser::T__5)
        | (1ULL << RedlineParser::T__7)
        | (1ULL << RedlineParser::T__16)
        | (1ULL << RedlineParser::T__17)
        | (1ULL << RedlineParser::T__18)
        | (1ULL << RedlineParser::T__21)
        | (1ULL << RedlineParser::T__23)
        | (1ULL << RedlineParser::T__29)
        | (1ULL << RedlineParser::T__30)
        | (1ULL << RedlineParser::T__31)
        | (1ULL << RedlineParser::T__32)
        | (1ULL << RedlineParser::T__33)
        | (1ULL << RedlineParser::T__35)
        | (1ULL << RedlineParser::T__38)
        | (1ULL << RedlineParser::T__40)
        | (1ULL << RedlineParser::T__41)
        | (1ULL << RedlineParser::T__42)
        | (1ULL << RedlineParser::T__47)
        | (1ULL << RedlineParser::T__60)
        | (1ULL << RedlineParser::T__61))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
        | (1ULL << (RedlineParser::T__64 - 64))
        | (1ULL << (RedlineParser::T__65 - 64))
        | (1ULL << (RedlineParser::T__66 - 64))
        | (1ULL << (RedlineParser::T__67 - 64))
        | (1ULL << (RedlineParser::T__68 - 64))
        | (1ULL << (RedlineParser::T__69 - 64))
        | (1ULL << (RedlineParser::T__70 - 64))
        | (1ULL << (RedlineParser::T__71 - 64))
        | (1ULL << (RedlineParser::T__72 - 64))
        | (1ULL << (RedlineParser::T__73 - 64))
        | (1ULL << (RedlineParser::T__92 - 64))
        | (1ULL << (RedlineParser::T__93 - 64))
        | (1ULL << (RedlineParser::KEY - 64))
        | (1ULL << (RedlineParser::OUTPUT - 64))
        | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
        setState(664);
        fieldValue();
        setState(669);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 87, _ctx);
        while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
          if (alt == 1) {
            setState(665);
            match(RedlineParser::T__11);
            setState(666);
            fieldValue(); 
          }
          setState(671);
          _errHandler->sync(this);
          alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 87, _ctx);
        }
        setState(673);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__11) {
          setState(672);
          match(RedlineParser::T__11);
        }
      }
      setState(677);
      match(RedlineParser::T__12);
      setState(679);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__1) {
        setState(678);
        match(RedlineParser::T__1);
      }
      break;
    }

    case 2: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::GivenDataItemContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(681);
      match(RedlineParser::T__67);
      setState(682);
      match(RedlineParser::T__68);
      setState(683);
      name();
      setState(684);
      match(RedlineParser::T__23);
      setState(685);
      match(RedlineParser::STRING);
      setState(686);
      match(RedlineParser::T__1);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::ExpectItemContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(688);
      match(RedlineParser::T__69);
      setState(689);
      name();
      setState(690);
      match(RedlineParser::T__27);
      setState(691);
      name();
      setState(692);
      match(RedlineParser::T__28);
      setState(693);
      match(RedlineParser::T__51);
      setState(694);
      expr(0);
      setState(695);
      match(RedlineParser::T__1);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::ExpectErrorItemContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(697);
      match(RedlineParser::T__69);
      setState(698);
      match(RedlineParser::T__70);
      setState(699);
      match(RedlineParser::STRING);
      setState(700);
      match(RedlineParser::T__1);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::AmendItemContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(701);
      match(RedlineParser::T__71);
      setState(702);
      match(RedlineParser::STRING);
      setState(703);
      match(RedlineParser::T__1);
      break;
    }

    case 6: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::AsOfItemContext>(_localctx));
      enterOuterAlt(_localctx, 6);
      setState(704);
      match(RedlineParser::T__72);
      setState(705);
      match(RedlineParser::T__17);
      setState(706);
      match(RedlineParser::DATE);
      setState(707);
      match(RedlineParser::T__1);
      break;
    }

    case 7: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::ParamItemContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(708);
      match(RedlineParser::T__19);
      setState(709);
      name();
      setState(710);
      match(RedlineParser::T__20);
      setState(711);
      expr(0);
      setState(712);
      match(RedlineParser::T__1);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- FieldValueContext ------------------------------------------------------------------

RedlineParser::FieldValueContext::FieldValueContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

RedlineParser::NameContext* RedlineParser::FieldValueContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::ExprContext* RedlineParser::FieldValueContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}


size_t RedlineParser::FieldValueContext::getRuleIndex() const {
  return RedlineParser::RuleFieldValue;
}


RedlineParser::FieldValueContext* RedlineParser::fieldValue() {
  FieldValueContext *_localctx = _tracker.createInstance<FieldValueContext>(_ctx, getState());
  enterRule(_localctx, 62, RedlineParser::RuleFieldValue);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(716);
    name();
    setState(717);
    match(RedlineParser::T__14);
    setState(718);
    expr(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExprContext ------------------------------------------------------------------

RedlineParser::ExprContext::ExprContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::ExprContext::getRuleIndex() const {
  return RedlineParser::RuleExpr;
}

void RedlineParser::ExprContext::copyFrom(ExprContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- AssignMistakeContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::AssignMistakeContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::AssignMistakeContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::AssignMistakeContext::AssignMistakeContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- AtExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::AtExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::AtExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::AtExprContext::AtExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- WithinExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::WithinExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::WithinExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::WithinExprContext::WithinExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- IsNoneExprContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::IsNoneExprContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

tree::TerminalNode* RedlineParser::IsNoneExprContext::NOT() {
  return getToken(RedlineParser::NOT, 0);
}

RedlineParser::IsNoneExprContext::IsNoneExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- InExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::InExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::InExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

tree::TerminalNode* RedlineParser::InExprContext::NOT() {
  return getToken(RedlineParser::NOT, 0);
}

RedlineParser::InExprContext::InExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- OrExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::OrExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::OrExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

tree::TerminalNode* RedlineParser::OrExprContext::OR() {
  return getToken(RedlineParser::OR, 0);
}

RedlineParser::OrExprContext::OrExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- FieldExprContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::FieldExprContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::NameContext* RedlineParser::FieldExprContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::FieldExprContext::FieldExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- CoalesceExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::CoalesceExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::CoalesceExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::CoalesceExprContext::CoalesceExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- IsSomeExprContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::IsSomeExprContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::NameContext* RedlineParser::IsSomeExprContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::IsSomeExprContext::IsSomeExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- NotExprContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::NotExprContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

tree::TerminalNode* RedlineParser::NotExprContext::NOT() {
  return getToken(RedlineParser::NOT, 0);
}

RedlineParser::NotExprContext::NotExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- PrimaryExprContext ------------------------------------------------------------------

RedlineParser::PrimaryContext* RedlineParser::PrimaryExprContext::primary() {
  return getRuleContext<RedlineParser::PrimaryContext>(0);
}

RedlineParser::PrimaryExprContext::PrimaryExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- AddExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::AddExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::AddExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::AddExprContext::AddExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- OverlapsExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::OverlapsExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::OverlapsExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::OverlapsExprContext::OverlapsExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- NegExprContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::NegExprContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::NegExprContext::NegExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- MulExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::MulExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::MulExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::MulExprContext::MulExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- CompareExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::CompareExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::CompareExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::CompareOpContext* RedlineParser::CompareExprContext::compareOp() {
  return getRuleContext<RedlineParser::CompareOpContext>(0);
}

RedlineParser::CompareExprContext::CompareExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- AndExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::AndExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::AndExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

tree::TerminalNode* RedlineParser::AndExprContext::AND() {
  return getToken(RedlineParser::AND, 0);
}

RedlineParser::AndExprContext::AndExprContext(ExprContext *ctx) { copyFrom(ctx); }



RedlineParser::ExprContext* RedlineParser::expr() {
   return expr(0);
}

RedlineParser::ExprContext* RedlineParser::expr(int precedence) {
  ParserRuleContext *parentContext = _ctx;
  size_t parentState = getState();
  RedlineParser::ExprContext *_localctx = _tracker.createInstance<ExprContext>(_ctx, parentState);
  RedlineParser::ExprContext *previousContext = _localctx;
  (void)previousContext; // Silence compiler, in case the context is not used by generated code.
  size_t startState = 64;
  enterRecursionRule(_localctx, 64, RedlineParser::RuleExpr, precedence);

    size_t _la = 0;

  auto onExit = finally([=] {
    unrollRecursionContexts(parentContext);
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(726);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__7:
      case RedlineParser::T__10:
      case RedlineParser::T__16:
      case RedlineParser::T__17:
      case RedlineParser::T__18:
      case RedlineParser::T__21:
      case RedlineParser::T__23:
      case RedlineParser::T__27:
      case RedlineParser::T__29:
      case RedlineParser::T__30:
      case RedlineParser::T__31:
      case RedlineParser::T__32:
      case RedlineParser::T__33:
      case RedlineParser::T__35:
      case RedlineParser::T__38:
      case RedlineParser::T__39:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__43:
      case RedlineParser::T__44:
      case RedlineParser::T__45:
      case RedlineParser::T__46:
      case RedlineParser::T__47:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__71:
      case RedlineParser::T__72:
      case RedlineParser::T__73:
      case RedlineParser::T__84:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__91:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::T__95:
      case RedlineParser::T__97:
      case RedlineParser::KEY:
      case RedlineParser::OUTPUT:
      case RedlineParser::STRING:
      case RedlineParser::DATE:
      case RedlineParser::DECIMAL:
      case RedlineParser::INT:
      case RedlineParser::IDENT: {
        _localctx = _tracker.createInstance<PrimaryExprContext>(_localctx);
        _ctx = _localctx;
        previousContext = _localctx;

        setState(721);
        primary();
        break;
      }

      case RedlineParser::T__74: {
        _localctx = _tracker.createInstance<NegExprContext>(_localctx);
        _ctx = _localctx;
        previousContext = _localctx;
        setState(722);
        match(RedlineParser::T__74);
        setState(723);
        expr(14);
        break;
      }

      case RedlineParser::T__86:
      case RedlineParser::NOT: {
        _localctx = _tracker.createInstance<NotExprContext>(_localctx);
        _ctx = _localctx;
        previousContext = _localctx;
        setState(724);
        _la = _input->LA(1);
        if (!(_la == RedlineParser::T__86

        || _la == RedlineParser::NOT)) {
        _errHandler->recoverInline(this);
        }
        else {
          _errHandler->reportMatch(this);
          consume();
        }
        setState(725);
        expr(3);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
    _ctx->stop = _input->LT(-1);
    setState(782);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 97, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        if (!_parseListeners.empty())
          triggerExitRuleEvent();
        previousContext = _localctx;
        setState(780);
        _errHandler->sync(this);
        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 96, _ctx)) {
        case 1: {
          auto newContext = _tracker.createInstance<AtExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(728);

          if (!(precpred(_ctx, 15))) throw FailedPredicateException(this, "precpred(_ctx, 15)");
          setState(729);
          match(RedlineParser::T__73);
          setState(730);
          expr(16);
          break;
        }

        case 2: {
          auto newContext = _tracker.createInstance<MulExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(731);

          if (!(precpred(_ctx, 13))) throw FailedPredicateException(this, "precpred(_ctx, 13)");
          setState(732);
          dynamic_cast<MulExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!(((((_la - 76) & ~ 0x3fULL) == 0) &&
            ((1ULL << (_la - 76)) & ((1ULL << (RedlineParser::T__75 - 76))
            | (1ULL << (RedlineParser::T__76 - 76))
            | (1ULL << (RedlineParser::T__77 - 76)))) != 0))) {
            dynamic_cast<MulExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(733);
          expr(14);
          break;
        }

        case 3: {
          auto newContext = _tracker.createInstance<AddExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(734);

          if (!(precpred(_ctx, 12))) throw FailedPredicateException(this, "precpred(_ctx, 12)");
          setState(735);
          dynamic_cast<AddExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!(_la == RedlineParser::T__74

          || _la == RedlineParser::T__78)) {
            dynamic_cast<AddExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(736);
          expr(13);
          break;
        }

        case 4: {
          auto newContext = _tracker.createInstance<CoalesceExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(737);

          if (!(precpred(_ctx, 11))) throw FailedPredicateException(this, "precpred(_ctx, 11)");
          setState(738);
          match(RedlineParser::T__79);
          setState(739);
          expr(12);
          break;
        }

        case 5: {
          auto newContext = _tracker.createInstance<CompareExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(740);

          if (!(precpred(_ctx, 10))) throw FailedPredicateException(this, "precpred(_ctx, 10)");
          setState(741);
          compareOp();
          setState(742);
          expr(11);
          break;
        }

        case 6: {
          auto newContext = _tracker.createInstance<AssignMistakeContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(744);

          if (!(precpred(_ctx, 9))) throw FailedPredicateException(this, "precpred(_ctx, 9)");
          setState(745);
          match(RedlineParser::T__20);
          setState(746);
          expr(10);
          break;
        }

        case 7: {
          auto newContext = _tracker.createInstance<InExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(747);

          if (!(precpred(_ctx, 8))) throw FailedPredicateException(this, "precpred(_ctx, 8)");
          setState(749);
          _errHandler->sync(this);

          _la = _input->LA(1);
          if (_la == RedlineParser::NOT) {
            setState(748);
            match(RedlineParser::NOT);
          }
          setState(751);
          match(RedlineParser::T__80);
          setState(752);
          expr(9);
          break;
        }

        case 8: {
          auto newContext = _tracker.createInstance<WithinExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(753);

          if (!(precpred(_ctx, 7))) throw FailedPredicateException(this, "precpred(_ctx, 7)");
          setState(754);
          match(RedlineParser::T__81);
          setState(755);
          expr(8);
          break;
        }

        case 9: {
          auto newContext = _tracker.createInstance<OverlapsExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(756);

          if (!(precpred(_ctx, 6))) throw FailedPredicateException(this, "precpred(_ctx, 6)");
          setState(757);
          match(RedlineParser::T__82);
          setState(758);
          expr(7);
          break;
        }

        case 10: {
          auto newContext = _tracker.createInstance<AndExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(759);

          if (!(precpred(_ctx, 2))) throw FailedPredicateException(this, "precpred(_ctx, 2)");
          setState(760);
          _la = _input->LA(1);
          if (!(_la == RedlineParser::T__87

          || _la == RedlineParser::AND)) {
          _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(761);
          expr(3);
          break;
        }

        case 11: {
          auto newContext = _tracker.createInstance<OrExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(762);

          if (!(precpred(_ctx, 1))) throw FailedPredicateException(this, "precpred(_ctx, 1)");
          setState(763);
          _la = _input->LA(1);
          if (!(_la == RedlineParser::T__88

          || _la == RedlineParser::OR)) {
          _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(764);
          expr(2);
          break;
        }

        case 12: {
          auto newContext = _tracker.createInstance<FieldExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(765);

          if (!(precpred(_ctx, 16))) throw FailedPredicateException(this, "precpred(_ctx, 16)");
          setState(766);
          match(RedlineParser::T__6);
          setState(767);
          name();
          break;
        }

        case 13: {
          auto newContext = _tracker.createInstance<IsNoneExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(768);

          if (!(precpred(_ctx, 5))) throw FailedPredicateException(this, "precpred(_ctx, 5)");
          setState(769);
          match(RedlineParser::T__83);
          setState(771);
          _errHandler->sync(this);

          _la = _input->LA(1);
          if (_la == RedlineParser::NOT) {
            setState(770);
            match(RedlineParser::NOT);
          }
          setState(773);
          match(RedlineParser::T__84);
          break;
        }

        case 14: {
          auto newContext = _tracker.createInstance<IsSomeExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(774);

          if (!(precpred(_ctx, 4))) throw FailedPredicateException(this, "precpred(_ctx, 4)");
          setState(775);
          match(RedlineParser::T__83);
          setState(776);
          match(RedlineParser::T__85);
          setState(778);
          _errHandler->sync(this);

          switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 95, _ctx)) {
          case 1: {
            setState(777);
            name();
            break;
          }

          }
          break;
        }

        } 
      }
      setState(784);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 97, _ctx);
    }
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }
  return _localctx;
}

//----------------- PrimaryContext ------------------------------------------------------------------

RedlineParser::PrimaryContext::PrimaryContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::PrimaryContext::getRuleIndex() const {
  return RedlineParser::RulePrimary;
}

void RedlineParser::PrimaryContext::copyFrom(PrimaryContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- DecimalLiteralContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::DecimalLiteralContext::DECIMAL() {
  return getToken(RedlineParser::DECIMAL, 0);
}

RedlineParser::DecimalLiteralContext::DecimalLiteralContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- NoneLiteralContext ------------------------------------------------------------------

RedlineParser::NoneLiteralContext::NoneLiteralContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- IntLiteralContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::IntLiteralContext::INT() {
  return getToken(RedlineParser::INT, 0);
}

RedlineParser::IntLiteralContext::IntLiteralContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- MatchExprContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::MatchExprContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

std::vector<RedlineParser::MatchArmContext *> RedlineParser::MatchExprContext::matchArm() {
  return getRuleContexts<RedlineParser::MatchArmContext>();
}

RedlineParser::MatchArmContext* RedlineParser::MatchExprContext::matchArm(size_t i) {
  return getRuleContext<RedlineParser::MatchArmContext>(i);
}

RedlineParser::MatchExprContext::MatchExprContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- BoolLiteralContext ------------------------------------------------------------------

RedlineParser::BoolLiteralContext::BoolLiteralContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- NameExprContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::NameExprContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

RedlineParser::NameExprContext::NameExprContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- ParenExprContext ------------------------------------------------------------------

RedlineParser::ExprContext* RedlineParser::ParenExprContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}

RedlineParser::ParenExprContext::ParenExprContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- SetLiteralContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::SetLiteralContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::SetLiteralContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::SetLiteralContext::SetLiteralContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- StringLiteralContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::StringLiteralContext::STRING() {
  return getToken(RedlineParser::STRING, 0);
}

RedlineParser::StringLiteralContext::StringLiteralContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- IfExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::IfExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::IfExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::IfExprContext::IfExprContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- DateLiteralContext ------------------------------------------------------------------

tree::TerminalNode* RedlineParser::DateLiteralContext::DATE() {
  return getToken(RedlineParser::DATE, 0);
}

RedlineParser::DateLiteralContext::DateLiteralContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- AggregateExprContext ------------------------------------------------------------------

std::vector<RedlineParser::NameContext *> RedlineParser::AggregateExprContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::AggregateExprContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

std::vector<RedlineParser::ExprContext *> RedlineParser::AggregateExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::AggregateExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::AggregateExprContext::AggregateExprContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- CallExprContext ------------------------------------------------------------------

RedlineParser::NameContext* RedlineParser::CallExprContext::name() {
  return getRuleContext<RedlineParser::NameContext>(0);
}

std::vector<RedlineParser::ExprContext *> RedlineParser::CallExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::CallExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::CallExprContext::CallExprContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- MinMaxExprContext ------------------------------------------------------------------

std::vector<RedlineParser::ExprContext *> RedlineParser::MinMaxExprContext::expr() {
  return getRuleContexts<RedlineParser::ExprContext>();
}

RedlineParser::ExprContext* RedlineParser::MinMaxExprContext::expr(size_t i) {
  return getRuleContext<RedlineParser::ExprContext>(i);
}

RedlineParser::MinMaxExprContext::MinMaxExprContext(PrimaryContext *ctx) { copyFrom(ctx); }


RedlineParser::PrimaryContext* RedlineParser::primary() {
  PrimaryContext *_localctx = _tracker.createInstance<PrimaryContext>(_ctx, getState());
  enterRule(_localctx, 66, RedlineParser::RulePrimary);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    setState(872);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 107, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::IntLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(785);
      match(RedlineParser::INT);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::DecimalLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(786);
      match(RedlineParser::DECIMAL);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::StringLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(787);
      match(RedlineParser::STRING);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::DateLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(788);
      match(RedlineParser::DATE);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::BoolLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(789);
      _la = _input->LA(1);
      if (!(_la == RedlineParser::T__89

      || _la == RedlineParser::T__90)) {
      _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      break;
    }

    case 6: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::NoneLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 6);
      setState(790);
      match(RedlineParser::T__84);
      break;
    }

    case 7: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::AggregateExprContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(791);
      dynamic_cast<AggregateExprContext *>(_localctx)->agg = _input->LT(1);
      _la = _input->LA(1);
      if (!(((((_la - 40) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 40)) & ((1ULL << (RedlineParser::T__39 - 40))
        | (1ULL << (RedlineParser::T__43 - 40))
        | (1ULL << (RedlineParser::T__44 - 40))
        | (1ULL << (RedlineParser::T__45 - 40))
        | (1ULL << (RedlineParser::T__46 - 40))
        | (1ULL << (RedlineParser::T__91 - 40))
        | (1ULL << (RedlineParser::T__92 - 40))
        | (1ULL << (RedlineParser::T__93 - 40)))) != 0))) {
        dynamic_cast<AggregateExprContext *>(_localctx)->agg = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(792);
      match(RedlineParser::T__27);
      setState(796);
      _errHandler->sync(this);

      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 98, _ctx)) {
      case 1: {
        setState(793);
        expr(0);
        setState(794);
        match(RedlineParser::T__8);
        break;
      }

      }
      setState(798);
      name();
      setState(799);
      match(RedlineParser::T__80);
      setState(800);
      name();
      setState(803);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__94) {
        setState(801);
        match(RedlineParser::T__94);
        setState(802);
        expr(0);
      }
      setState(807);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__5) {
        setState(805);
        match(RedlineParser::T__5);
        setState(806);
        expr(0);
      }
      setState(809);
      match(RedlineParser::T__28);
      break;
    }

    case 8: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::CallExprContext>(_localctx));
      enterOuterAlt(_localctx, 8);
      setState(811);
      name();
      setState(812);
      match(RedlineParser::T__27);
      setState(821);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
        | (1ULL << RedlineParser::T__4)
        | (1ULL << RedlineParser::T__5)
        | (1ULL << RedlineParser::T__7)
        | (1ULL << RedlineParser::T__10)
        | (1ULL << RedlineParser::T__16)
        | (1ULL << RedlineParser::T__17)
        | (1ULL << RedlineParser::T__18)
        | (1ULL << RedlineParser::T__21)
        | (1ULL << RedlineParser::T__23)
        | (1ULL << RedlineParser::T__27)
        | (1ULL << RedlineParser::T__29)
        | (1ULL << RedlineParser::T__30)
        | (1ULL << RedlineParser::T__31)
        | (1ULL << RedlineParser::T__32)
        | (1ULL << RedlineParser::T__33)
        | (1ULL << RedlineParser::T__35)
        | (1ULL << RedlineParser::T__38)
        | (1ULL << RedlineParser::T__39)
        | (1ULL << RedlineParser::T__40)
        | (1ULL << RedlineParser::T__41)
        | (1ULL << RedlineParser::T__42)
        | (1ULL << RedlineParser::T__43)
        | (1ULL << RedlineParser::T__44)
        | (1ULL << RedlineParser::T__45)
        | (1ULL << RedlineParser::T__46)
        | (1ULL << RedlineParser::T__47)
        | (1ULL << RedlineParser::T__60)
        | (1ULL << RedlineParser::T__61))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
        | (1ULL << (RedlineParser::T__64 - 64))
        | (1ULL << (RedlineParser::T__65 - 64))
        | (1ULL << (RedlineParser::T__66 - 64))
        | (1ULL << (RedlineParser::T__67 - 64))
        | (1ULL << (RedlineParser::T__68 - 64))
        | (1ULL << (RedlineParser::T__69 - 64))
        | (1ULL << (RedlineParser::T__70 - 64))
        | (1ULL << (RedlineParser::T__71 - 64))
        | (1ULL << (RedlineParser::T__72 - 64))
        | (1ULL << (RedlineParser::T__73 - 64))
        | (1ULL << (RedlineParser::T__74 - 64))
        | (1ULL << (RedlineParser::T__84 - 64))
        | (1ULL << (RedlineParser::T__86 - 64))
        | (1ULL << (RedlineParser::T__89 - 64))
        | (1ULL << (RedlineParser::T__90 - 64))
        | (1ULL << (RedlineParser::T__91 - 64))
        | (1ULL << (RedlineParser::T__92 - 64))
        | (1ULL << (RedlineParser::T__93 - 64))
        | (1ULL << (RedlineParser::T__95 - 64))
        | (1ULL << (RedlineParser::T__97 - 64))
        | (1ULL << (RedlineParser::KEY - 64))
        | (1ULL << (RedlineParser::OUTPUT - 64))
        | (1ULL << (RedlineParser::NOT - 64))
        | (1ULL << (RedlineParser::STRING - 64))
        | (1ULL << (RedlineParser::DATE - 64))
        | (1ULL << (RedlineParser::DECIMAL - 64))
        | (1ULL << (RedlineParser::INT - 64))
        | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
        setState(813);
        expr(0);
        setState(818);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__11) {
          setState(814);
          match(RedlineParser::T__11);
          setState(815);
          expr(0);
          setState(820);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
      }
      setState(823);
      match(RedlineParser::T__28);
      break;
    }

    case 9: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::MinMaxExprContext>(_localctx));
      enterOuterAlt(_localctx, 9);
      setState(825);
      dynamic_cast<MinMaxExprContext *>(_localctx)->fn = _input->LT(1);
      _la = _input->LA(1);
      if (!(_la == RedlineParser::T__44

      || _la == RedlineParser::T__45)) {
        dynamic_cast<MinMaxExprContext *>(_localctx)->fn = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(826);
      match(RedlineParser::T__27);
      setState(827);
      expr(0);
      setState(828);
      match(RedlineParser::T__11);
      setState(829);
      expr(0);
      setState(830);
      match(RedlineParser::T__28);
      break;
    }

    case 10: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::NameExprContext>(_localctx));
      enterOuterAlt(_localctx, 10);
      setState(832);
      name();
      break;
    }

    case 11: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::SetLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 11);
      setState(833);
      match(RedlineParser::T__10);
      setState(842);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
        | (1ULL << RedlineParser::T__4)
        | (1ULL << RedlineParser::T__5)
        | (1ULL << RedlineParser::T__7)
        | (1ULL << RedlineParser::T__10)
        | (1ULL << RedlineParser::T__16)
        | (1ULL << RedlineParser::T__17)
        | (1ULL << RedlineParser::T__18)
        | (1ULL << RedlineParser::T__21)
        | (1ULL << RedlineParser::T__23)
        | (1ULL << RedlineParser::T__27)
        | (1ULL << RedlineParser::T__29)
        | (1ULL << RedlineParser::T__30)
        | (1ULL << RedlineParser::T__31)
        | (1ULL << RedlineParser::T__32)
        | (1ULL << RedlineParser::T__33)
        | (1ULL << RedlineParser::T__35)
        | (1ULL << RedlineParser::T__38)
        | (1ULL << RedlineParser::T__39)
        | (1ULL << RedlineParser::T__40)
        | (1ULL << RedlineParser::T__41)
        | (1ULL << RedlineParser::T__42)
        | (1ULL << RedlineParser::T__43)
        | (1ULL << RedlineParser::T__44)
        | (1ULL << RedlineParser::T__45)
        | (1ULL << RedlineParser::T__46)
        | (1ULL << RedlineParser::T__47)
        | (1ULL << RedlineParser::T__60)
        | (1ULL << RedlineParser::T__61))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
        | (1ULL << (RedlineParser::T__64 - 64))
        | (1ULL << (RedlineParser::T__65 - 64))
        | (1ULL << (RedlineParser::T__66 - 64))
        | (1ULL << (RedlineParser::T__67 - 64))
        | (1ULL << (RedlineParser::T__68 - 64))
        | (1ULL << (RedlineParser::T__69 - 64))
        | (1ULL << (RedlineParser::T__70 - 64))
        | (1ULL << (RedlineParser::T__71 - 64))
        | (1ULL << (RedlineParser::T__72 - 64))
        | (1ULL << (RedlineParser::T__73 - 64))
        | (1ULL << (RedlineParser::T__74 - 64))
        | (1ULL << (RedlineParser::T__84 - 64))
        | (1ULL << (RedlineParser::T__86 - 64))
        | (1ULL << (RedlineParser::T__89 - 64))
        | (1ULL << (RedlineParser::T__90 - 64))
        | (1ULL << (RedlineParser::T__91 - 64))
        | (1ULL << (RedlineParser::T__92 - 64))
        | (1ULL << (RedlineParser::T__93 - 64))
        | (1ULL << (RedlineParser::T__95 - 64))
        | (1ULL << (RedlineParser::T__97 - 64))
        | (1ULL << (RedlineParser::KEY - 64))
        | (1ULL << (RedlineParser::OUTPUT - 64))
        | (1ULL << (RedlineParser::NOT - 64))
        | (1ULL << (RedlineParser::STRING - 64))
        | (1ULL << (RedlineParser::DATE - 64))
        | (1ULL << (RedlineParser::DECIMAL - 64))
        | (1ULL << (RedlineParser::INT - 64))
        | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
        setState(834);
        expr(0);
        setState(839);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__11) {
          setState(835);
          match(RedlineParser::T__11);
          setState(836);
          expr(0);
          setState(841);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
      }
      setState(844);
      match(RedlineParser::T__12);
      break;
    }

    case 12: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::ParenExprContext>(_localctx));
      enterOuterAlt(_localctx, 12);
      setState(845);
      match(RedlineParser::T__27);
      setState(846);
      expr(0);
      setState(847);
      match(RedlineParser::T__28);
      break;
    }

    case 13: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::IfExprContext>(_localctx));
      enterOuterAlt(_localctx, 13);
      setState(849);
      match(RedlineParser::T__95);
      setState(850);
      expr(0);
      setState(851);
      match(RedlineParser::T__22);
      setState(852);
      expr(0);
      setState(853);
      match(RedlineParser::T__96);
      setState(854);
      expr(0);
      break;
    }

    case 14: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::MatchExprContext>(_localctx));
      enterOuterAlt(_localctx, 14);
      setState(856);
      match(RedlineParser::T__97);
      setState(857);
      expr(0);
      setState(858);
      match(RedlineParser::T__10);
      setState(859);
      matchArm();
      setState(864);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 105, _ctx);
      while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
        if (alt == 1) {
          setState(860);
          match(RedlineParser::T__11);
          setState(861);
          matchArm(); 
        }
        setState(866);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 105, _ctx);
      }
      setState(868);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__11) {
        setState(867);
        match(RedlineParser::T__11);
      }
      setState(870);
      match(RedlineParser::T__12);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- MatchArmContext ------------------------------------------------------------------

RedlineParser::MatchArmContext::MatchArmContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<RedlineParser::PatternContext *> RedlineParser::MatchArmContext::pattern() {
  return getRuleContexts<RedlineParser::PatternContext>();
}

RedlineParser::PatternContext* RedlineParser::MatchArmContext::pattern(size_t i) {
  return getRuleContext<RedlineParser::PatternContext>(i);
}

RedlineParser::ExprContext* RedlineParser::MatchArmContext::expr() {
  return getRuleContext<RedlineParser::ExprContext>(0);
}


size_t RedlineParser::MatchArmContext::getRuleIndex() const {
  return RedlineParser::RuleMatchArm;
}


RedlineParser::MatchArmContext* RedlineParser::matchArm() {
  MatchArmContext *_localctx = _tracker.createInstance<MatchArmContext>(_ctx, getState());
  enterRule(_localctx, 68, RedlineParser::RuleMatchArm);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(874);
    pattern();
    setState(879);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__98) {
      setState(875);
      match(RedlineParser::T__98);
      setState(876);
      pattern();
      setState(881);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(882);
    match(RedlineParser::T__48);
    setState(883);
    expr(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PatternContext ------------------------------------------------------------------

RedlineParser::PatternContext::PatternContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t RedlineParser::PatternContext::getRuleIndex() const {
  return RedlineParser::RulePattern;
}

void RedlineParser::PatternContext::copyFrom(PatternContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- MemberPatternContext ------------------------------------------------------------------

std::vector<RedlineParser::NameContext *> RedlineParser::MemberPatternContext::name() {
  return getRuleContexts<RedlineParser::NameContext>();
}

RedlineParser::NameContext* RedlineParser::MemberPatternContext::name(size_t i) {
  return getRuleContext<RedlineParser::NameContext>(i);
}

RedlineParser::MemberPatternContext::MemberPatternContext(PatternContext *ctx) { copyFrom(ctx); }


//----------------- AnyPatternContext ------------------------------------------------------------------

RedlineParser::AnyPatternContext::AnyPatternContext(PatternContext *ctx) { copyFrom(ctx); }


RedlineParser::PatternContext* RedlineParser::pattern() {
  PatternContext *_localctx = _tracker.createInstance<PatternContext>(_ctx, getState());
  enterRule(_localctx, 70, RedlineParser::RulePattern);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(891);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__50: {
        _localctx = dynamic_cast<PatternContext *>(_tracker.createInstance<RedlineParser::AnyPatternContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(885);
        match(RedlineParser::T__50);
        break;
      }

      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__7:
      case RedlineParser::T__16:
      case RedlineParser::T__17:
      case RedlineParser::T__18:
      case RedlineParser::T__21:
      case RedlineParser::T__23:
      case RedlineParser::T__29:
      case RedlineParser::T__30:
      case RedlineParser::T__31:
      case RedlineParser::T__32:
      case RedlineParser::T__33:
      case RedlineParser::T__35:
      case RedlineParser::T__38:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__47:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__71:
      case RedlineParser::T__72:
      case RedlineParser::T__73:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::KEY:
      case RedlineParser::OUTPUT:
      case RedlineParser::IDENT: {
        _localctx = dynamic_cast<PatternContext *>(_tracker.createInstance<RedlineParser::MemberPatternContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(886);
        name();
        setState(889);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__6) {
          setState(887);
          match(RedlineParser::T__6);
          setState(888);
          name();
        }
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- NameContext ------------------------------------------------------------------

RedlineParser::NameContext::NameContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* RedlineParser::NameContext::IDENT() {
  return getToken(RedlineParser::IDENT, 0);
}

tree::TerminalNode* RedlineParser::NameContext::KEY() {
  return getToken(RedlineParser::KEY, 0);
}

tree::TerminalNode* RedlineParser::NameContext::OUTPUT() {
  return getToken(RedlineParser::OUTPUT, 0);
}


size_t RedlineParser::NameContext::getRuleIndex() const {
  return RedlineParser::RuleName;
}


RedlineParser::NameContext* RedlineParser::name() {
  NameContext *_localctx = _tracker.createInstance<NameContext>(_ctx, getState());
  enterRule(_localctx, 72, RedlineParser::RuleName);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(893);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
      | (1ULL << RedlineParser::T__4)
      | (1ULL << RedlineParser::T__5)
      | (1ULL << RedlineParser::T__7)
      | (1ULL << RedlineParser::T__16)
      | (1ULL << RedlineParser::T__17)
      | (1ULL << RedlineParser::T__18)
      | (1ULL << RedlineParser::T__21)
      | (1ULL << RedlineParser::T__23)
      | (1ULL << RedlineParser::T__29)
      | (1ULL << RedlineParser::T__30)
      | (1ULL << RedlineParser::T__31)
      | (1ULL << RedlineParser::T__32)
      | (1ULL << RedlineParser::T__33)
      | (1ULL << RedlineParser::T__35)
      | (1ULL << RedlineParser::T__38)
      | (1ULL << RedlineParser::T__40)
      | (1ULL << RedlineParser::T__41)
      | (1ULL << RedlineParser::T__42)
      | (1ULL << RedlineParser::T__47)
      | (1ULL << RedlineParser::T__60)
      | (1ULL << RedlineParser::T__61))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
      | (1ULL << (RedlineParser::T__64 - 64))
      | (1ULL << (RedlineParser::T__65 - 64))
      | (1ULL << (RedlineParser::T__66 - 64))
      | (1ULL << (RedlineParser::T__67 - 64))
      | (1ULL << (RedlineParser::T__68 - 64))
      | (1ULL << (RedlineParser::T__69 - 64))
      | (1ULL << (RedlineParser::T__70 - 64))
      | (1ULL << (RedlineParser::T__71 - 64))
      | (1ULL << (RedlineParser::T__72 - 64))
      | (1ULL << (RedlineParser::T__73 - 64))
      | (1ULL << (RedlineParser::T__92 - 64))
      | (1ULL << (RedlineParser::T__93 - 64))
      | (1ULL << (RedlineParser::KEY - 64))
      | (1ULL << (RedlineParser::OUTPUT - 64))
      | (1ULL << (RedlineParser::IDENT - 64)))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

bool RedlineParser::sempred(RuleContext *context, size_t ruleIndex, size_t predicateIndex) {
  switch (ruleIndex) {
    case 32: return exprSempred(dynamic_cast<ExprContext *>(context), predicateIndex);

  default:
    break;
  }
  return true;
}

bool RedlineParser::exprSempred(ExprContext *_localctx, size_t predicateIndex) {
  switch (predicateIndex) {
    case 0: return precpred(_ctx, 15);
    case 1: return precpred(_ctx, 13);
    case 2: return precpred(_ctx, 12);
    case 3: return precpred(_ctx, 11);
    case 4: return precpred(_ctx, 10);
    case 5: return precpred(_ctx, 9);
    case 6: return precpred(_ctx, 8);
    case 7: return precpred(_ctx, 7);
    case 8: return precpred(_ctx, 6);
    case 9: return precpred(_ctx, 2);
    case 10: return precpred(_ctx, 1);
    case 11: return precpred(_ctx, 16);
    case 12: return precpred(_ctx, 5);
    case 13: return precpred(_ctx, 4);

  default:
    break;
  }
  return true;
}

// Static vars and initialization.
std::vector<dfa::DFA> RedlineParser::_decisionToDFA;
atn::PredictionContextCache RedlineParser::_sharedContextCache;

// We own the ATN which in turn owns the ATN states.
atn::ATN RedlineParser::_atn;
std::vector<uint16_t> RedlineParser::_serializedATN;

std::vector<std::string> RedlineParser::_ruleNames = {
  "file", "header", "declaration", "enumDecl", "enumMember", "entityDecl", 
  "fieldDecl", "fieldCheck", "type", "paramDecl", "paramValues", "scaleValue", 
  "scaleBracket", "cycleDecl", "ruleDecl", "ruleParam", "actClause", "dueClause", 
  "ruleBody", "annotation", "exceptionClause", "tableExpr", "hitPolicy", 
  "tableRow", "cell", "cellTest", "compareOp", "amendment", "amendable", 
  "testDecl", "testItem", "fieldValue", "expr", "primary", "matchArm", "pattern", 
  "name"
};

std::vector<std::string> RedlineParser::_literalNames = {
  "", "'policy'", "';'", "'modification'", "'amends'", "'effective'", "'by'", 
  "'.'", "'tests'", "'for'", "'enum'", "'{'", "','", "'}'", "'entity'", 
  "':'", "'check'", "'set'", "'of'", "'scale'", "'param'", "'='", "'until'", 
  "'then'", "'from'", "'cycle'", "'rule'", "'obligation'", "'('", "')'", 
  "'requires'", "'forbids'", "'due'", "'note'", "'assumption'", "'exception'", 
  "'to'", "'when'", "'table'", "'unique'", "'any'", "'first'", "'priority'", 
  "'collect'", "'sum'", "'min'", "'max'", "'count'", "'order'", "'=>'", 
  "'otherwise'", "'_'", "'=='", "'!='", "'<'", "'<='", "'>'", "'>='", "'replace'", 
  "'insert'", "'repeal'", "'row'", "'field'", "'substitute'", "'bracket'", 
  "'before'", "'after'", "'test'", "'given'", "'data'", "'expect'", "'error'", 
  "'amend'", "'as'", "'at'", "'-'", "'*'", "'/'", "'mod'", "'+'", "'??'", 
  "'in'", "'within'", "'overlaps'", "'is'", "'none'", "'some'", "'!'", "'&&'", 
  "'||'", "'true'", "'false'", "'all'", "'latest'", "'earliest'", "'where'", 
  "'if'", "'else'", "'match'", "'|'", "'key'", "'output'", "'not'", "'and'", 
  "'or'", "'?'"
};

std::vector<std::string> RedlineParser::_symbolicNames = {
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "KEY", "OUTPUT", "NOT", "AND", 
  "OR", "QUESTION", "INTERVAL", "CITATION", "UNTERMINATED_CITATION", "STRING", 
  "UNTERMINATED_STRING", "DATE", "DECIMAL", "INT", "IDENT", "LINE_COMMENT", 
  "BLOCK_COMMENT", "WS", "ERROR_CHAR"
};

dfa::Vocabulary RedlineParser::_vocabulary(_literalNames, _symbolicNames);

std::vector<std::string> RedlineParser::_tokenNames;

RedlineParser::Initializer::Initializer() {
	for (size_t i = 0; i < _symbolicNames.size(); ++i) {
		std::string name = _vocabulary.getLiteralName(i);
		if (name.empty()) {
			name = _vocabulary.getSymbolicName(i);
		}

		if (name.empty()) {
			_tokenNames.push_back("<INVALID>");
		} else {
      _tokenNames.push_back(name);
    }
	}

  _serializedATN = {
    0x3, 0x608b, 0xa72a, 0x8133, 0xb9ed, 0x417c, 0x3be7, 0x7786, 0x5964, 
    0x3, 0x78, 0x382, 0x4, 0x2, 0x9, 0x2, 0x4, 0x3, 0x9, 0x3, 0x4, 0x4, 
    0x9, 0x4, 0x4, 0x5, 0x9, 0x5, 0x4, 0x6, 0x9, 0x6, 0x4, 0x7, 0x9, 0x7, 
    0x4, 0x8, 0x9, 0x8, 0x4, 0x9, 0x9, 0x9, 0x4, 0xa, 0x9, 0xa, 0x4, 0xb, 
    0x9, 0xb, 0x4, 0xc, 0x9, 0xc, 0x4, 0xd, 0x9, 0xd, 0x4, 0xe, 0x9, 0xe, 
    0x4, 0xf, 0x9, 0xf, 0x4, 0x10, 0x9, 0x10, 0x4, 0x11, 0x9, 0x11, 0x4, 
    0x12, 0x9, 0x12, 0x4, 0x13, 0x9, 0x13, 0x4, 0x14, 0x9, 0x14, 0x4, 0x15, 
    0x9, 0x15, 0x4, 0x16, 0x9, 0x16, 0x4, 0x17, 0x9, 0x17, 0x4, 0x18, 0x9, 
    0x18, 0x4, 0x19, 0x9, 0x19, 0x4, 0x1a, 0x9, 0x1a, 0x4, 0x1b, 0x9, 0x1b, 
    0x4, 0x1c, 0x9, 0x1c, 0x4, 0x1d, 0x9, 0x1d, 0x4, 0x1e, 0x9, 0x1e, 0x4, 
    0x1f, 0x9, 0x1f, 0x4, 0x20, 0x9, 0x20, 0x4, 0x21, 0x9, 0x21, 0x4, 0x22, 
    0x9, 0x22, 0x4, 0x23, 0x9, 0x23, 0x4, 0x24, 0x9, 0x24, 0x4, 0x25, 0x9, 
    0x25, 0x4, 0x26, 0x9, 0x26, 0x3, 0x2, 0x5, 0x2, 0x4e, 0xa, 0x2, 0x3, 
    0x2, 0x7, 0x2, 0x51, 0xa, 0x2, 0xc, 0x2, 0xe, 0x2, 0x54, 0xb, 0x2, 0x3, 
    0x2, 0x3, 0x2, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x5, 0x3, 0x5b, 0xa, 0x3, 
    0x3, 0x3, 0x5, 0x3, 0x5e, 0xa, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 
    0x3, 0x3, 0x3, 0x5, 0x3, 0x65, 0xa, 0x3, 0x3, 0x3, 0x5, 0x3, 0x68, 0xa, 
    0x3, 0x3, 0x3, 0x7, 0x3, 0x6b, 0xa, 0x3, 0xc, 0x3, 0xe, 0x3, 0x6e, 0xb, 
    0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 
    0x3, 0x3, 0x3, 0x3, 0x3, 0x5, 0x3, 0x79, 0xa, 0x3, 0x5, 0x3, 0x7b, 0xa, 
    0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x5, 
    0x3, 0x83, 0xa, 0x3, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 
    0x3, 0x4, 0x3, 0x4, 0x5, 0x4, 0x8c, 0xa, 0x4, 0x3, 0x5, 0x3, 0x5, 0x3, 
    0x5, 0x5, 0x5, 0x91, 0xa, 0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 
    0x7, 0x5, 0x97, 0xa, 0x5, 0xc, 0x5, 0xe, 0x5, 0x9a, 0xb, 0x5, 0x3, 0x5, 
    0x5, 0x5, 0x9d, 0xa, 0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x6, 0x3, 0x6, 0x5, 
    0x6, 0xa3, 0xa, 0x6, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x5, 0x7, 0xa8, 0xa, 
    0x7, 0x3, 0x7, 0x7, 0x7, 0xab, 0xa, 0x7, 0xc, 0x7, 0xe, 0x7, 0xae, 0xb, 
    0x7, 0x3, 0x7, 0x3, 0x7, 0x7, 0x7, 0xb2, 0xa, 0x7, 0xc, 0x7, 0xe, 0x7, 
    0xb5, 0xb, 0x7, 0x3, 0x7, 0x3, 0x7, 0x3, 0x8, 0x5, 0x8, 0xba, 0xa, 0x8, 
    0x3, 0x8, 0x3, 0x8, 0x3, 0x8, 0x3, 0x8, 0x7, 0x8, 0xc0, 0xa, 0x8, 0xc, 
    0x8, 0xe, 0x8, 0xc3, 0xb, 0x8, 0x3, 0x8, 0x3, 0x8, 0x3, 0x9, 0x3, 0x9, 
    0x3, 0x9, 0x3, 0x9, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x5, 0xa, 
    0xcf, 0xa, 0xa, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x5, 0xa, 0xd5, 
    0xa, 0xa, 0x3, 0xa, 0x3, 0xa, 0x5, 0xa, 0xd9, 0xa, 0xa, 0x5, 0xa, 0xdb, 
    0xa, 0xa, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x5, 0xb, 
    0xe2, 0xa, 0xb, 0x3, 0xb, 0x7, 0xb, 0xe5, 0xa, 0xb, 0xc, 0xb, 0xe, 0xb, 
    0xe8, 0xb, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xc, 0x3, 
    0xc, 0x5, 0xc, 0xf0, 0xa, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 
    0x3, 0xc, 0x3, 0xc, 0x5, 0xc, 0xf8, 0xa, 0xc, 0x7, 0xc, 0xfa, 0xa, 0xc, 
    0xc, 0xc, 0xe, 0xc, 0xfd, 0xb, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 
    0xc, 0x3, 0xc, 0x3, 0xc, 0x5, 0xc, 0x105, 0xa, 0xc, 0x3, 0xc, 0x3, 0xc, 
    0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x5, 0xc, 0x10d, 0xa, 0xc, 0x7, 
    0xc, 0x10f, 0xa, 0xc, 0xc, 0xc, 0xe, 0xc, 0x112, 0xb, 0xc, 0x3, 0xc, 
    0x5, 0xc, 0x115, 0xa, 0xc, 0x3, 0xc, 0x3, 0xc, 0x5, 0xc, 0x119, 0xa, 
    0xc, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x7, 0xd, 0x11f, 0xa, 0xd, 
    0xc, 0xd, 0xe, 0xd, 0x122, 0xb, 0xd, 0x3, 0xd, 0x5, 0xd, 0x125, 0xa, 
    0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xe, 0x3, 0xe, 0x3, 0xe, 0x3, 0xe, 0x3, 
    0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 0xf, 0x5, 0xf, 0x132, 0xa, 0xf, 
    0x3, 0xf, 0x7, 0xf, 0x135, 0xa, 0xf, 0xc, 0xf, 0xe, 0xf, 0x138, 0xb, 
    0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 0xf, 0x7, 0xf, 0x13e, 0xa, 0xf, 
    0xc, 0xf, 0xe, 0xf, 0x141, 0xb, 0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 0x10, 
    0x5, 0x10, 0x146, 0xa, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 
    0x3, 0x10, 0x3, 0x10, 0x7, 0x10, 0x14e, 0xa, 0x10, 0xc, 0x10, 0xe, 0x10, 
    0x151, 0xb, 0x10, 0x5, 0x10, 0x153, 0xa, 0x10, 0x3, 0x10, 0x3, 0x10, 
    0x3, 0x10, 0x5, 0x10, 0x158, 0xa, 0x10, 0x3, 0x10, 0x5, 0x10, 0x15b, 
    0xa, 0x10, 0x3, 0x10, 0x5, 0x10, 0x15e, 0xa, 0x10, 0x3, 0x10, 0x7, 0x10, 
    0x161, 0xa, 0x10, 0xc, 0x10, 0xe, 0x10, 0x164, 0xb, 0x10, 0x3, 0x10, 
    0x5, 0x10, 0x167, 0xa, 0x10, 0x3, 0x10, 0x5, 0x10, 0x16a, 0xa, 0x10, 
    0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x7, 0x10, 0x16f, 0xa, 0x10, 0xc, 0x10, 
    0xe, 0x10, 0x172, 0xb, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x11, 0x3, 0x11, 
    0x3, 0x11, 0x3, 0x11, 0x3, 0x12, 0x3, 0x12, 0x3, 0x12, 0x3, 0x13, 0x3, 
    0x13, 0x3, 0x13, 0x3, 0x14, 0x3, 0x14, 0x5, 0x14, 0x182, 0xa, 0x14, 
    0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 
    0x16, 0x5, 0x16, 0x18b, 0xa, 0x16, 0x3, 0x16, 0x5, 0x16, 0x18e, 0xa, 
    0x16, 0x3, 0x16, 0x7, 0x16, 0x191, 0xa, 0x16, 0xc, 0x16, 0xe, 0x16, 
    0x194, 0xb, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 
    0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x7, 
    0x17, 0x1a1, 0xa, 0x17, 0xc, 0x17, 0xe, 0x17, 0x1a4, 0xb, 0x17, 0x3, 
    0x17, 0x3, 0x17, 0x3, 0x17, 0x7, 0x17, 0x1a9, 0xa, 0x17, 0xc, 0x17, 
    0xe, 0x17, 0x1ac, 0xb, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x18, 0x3, 0x18, 
    0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 
    0x18, 0x3, 0x18, 0x5, 0x18, 0x1ba, 0xa, 0x18, 0x3, 0x19, 0x3, 0x19, 
    0x3, 0x19, 0x5, 0x19, 0x1bf, 0xa, 0x19, 0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 
    0x7, 0x19, 0x1c4, 0xa, 0x19, 0xc, 0x19, 0xe, 0x19, 0x1c7, 0xb, 0x19, 
    0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 0x5, 0x19, 0x1cc, 0xa, 0x19, 0x3, 0x19, 
    0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 0x5, 0x19, 0x1d4, 
    0xa, 0x19, 0x3, 0x19, 0x3, 0x19, 0x5, 0x19, 0x1d8, 0xa, 0x19, 0x3, 0x1a, 
    0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x3, 
    0x1a, 0x3, 0x1a, 0x6, 0x1a, 0x1e3, 0xa, 0x1a, 0xd, 0x1a, 0xe, 0x1a, 
    0x1e4, 0x5, 0x1a, 0x1e7, 0xa, 0x1a, 0x3, 0x1b, 0x3, 0x1b, 0x3, 0x1b, 
    0x3, 0x1b, 0x3, 0x1b, 0x5, 0x1b, 0x1ee, 0xa, 0x1b, 0x3, 0x1c, 0x3, 0x1c, 
    0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 
    0x1d, 0x3, 0x1d, 0x5, 0x1d, 0x1fa, 0xa, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 
    0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x5, 
    0x1d, 0x204, 0xa, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 
    0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x5, 0x1d, 0x20e, 0xa, 0x1d, 
    0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 
    0x1d, 0x3, 0x1d, 0x5, 0x1d, 0x218, 0xa, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 
    0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 
    0x1d, 0x5, 0x1d, 0x223, 0xa, 0x1d, 0x5, 0x1d, 0x225, 0xa, 0x1d, 0x3, 
    0x1d, 0x5, 0x1d, 0x228, 0xa, 0x1d, 0x3, 0x1d, 0x7, 0x1d, 0x22b, 0xa, 
    0x1d, 0xc, 0x1d, 0xe, 0x1d, 0x22e, 0xb, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 
    0x3, 0x1d, 0x5, 0x1d, 0x233, 0xa, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x5, 0x1d, 
    0x237, 0xa, 0x1d, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 
    0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 
    0x1e, 0x7, 0x1e, 0x245, 0xa, 0x1e, 0xc, 0x1e, 0xe, 0x1e, 0x248, 0xb, 
    0x1e, 0x3, 0x1e, 0x5, 0x1e, 0x24b, 0xa, 0x1e, 0x3, 0x1e, 0x7, 0x1e, 
    0x24e, 0xa, 0x1e, 0xc, 0x1e, 0xe, 0x1e, 0x251, 0xb, 0x1e, 0x3, 0x1e, 
    0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 
    0x1e, 0x5, 0x1e, 0x25b, 0xa, 0x1e, 0x3, 0x1e, 0x5, 0x1e, 0x25e, 0xa, 
    0x1e, 0x3, 0x1e, 0x7, 0x1e, 0x261, 0xa, 0x1e, 0xc, 0x1e, 0xe, 0x1e, 
    0x264, 0xb, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 
    0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 
    0x1e, 0x5, 0x1e, 0x272, 0xa, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 
    0x3, 0x1e, 0x7, 0x1e, 0x278, 0xa, 0x1e, 0xc, 0x1e, 0xe, 0x1e, 0x27b, 
    0xb, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x5, 0x1e, 0x280, 0xa, 0x1e, 
    0x3, 0x1e, 0x3, 0x1e, 0x5, 0x1e, 0x284, 0xa, 0x1e, 0x3, 0x1f, 0x3, 0x1f, 
    0x3, 0x1f, 0x5, 0x1f, 0x289, 0xa, 0x1f, 0x3, 0x1f, 0x5, 0x1f, 0x28c, 
    0xa, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x7, 0x1f, 0x290, 0xa, 0x1f, 0xc, 0x1f, 
    0xe, 0x1f, 0x293, 0xb, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x20, 0x3, 0x20, 
    0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x7, 0x20, 0x29e, 
    0xa, 0x20, 0xc, 0x20, 0xe, 0x20, 0x2a1, 0xb, 0x20, 0x3, 0x20, 0x5, 0x20, 
    0x2a4, 0xa, 0x20, 0x5, 0x20, 0x2a6, 0xa, 0x20, 0x3, 0x20, 0x3, 0x20, 
    0x5, 0x20, 0x2aa, 0xa, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 
    0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 
    0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 
    0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 
    0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 
    0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x5, 0x20, 0x2cd, 0xa, 0x20, 0x3, 0x21, 
    0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 
    0x22, 0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 0x2d9, 0xa, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 
    0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 
    0x22, 0x5, 0x22, 0x2f0, 0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 
    0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 0x306, 0xa, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 0x30d, 
    0xa, 0x22, 0x7, 0x22, 0x30f, 0xa, 0x22, 0xc, 0x22, 0xe, 0x22, 0x312, 
    0xb, 0x22, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 
    0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x5, 0x23, 
    0x31f, 0xa, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 
    0x5, 0x23, 0x326, 0xa, 0x23, 0x3, 0x23, 0x3, 0x23, 0x5, 0x23, 0x32a, 
    0xa, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 
    0x23, 0x3, 0x23, 0x7, 0x23, 0x333, 0xa, 0x23, 0xc, 0x23, 0xe, 0x23, 
    0x336, 0xb, 0x23, 0x5, 0x23, 0x338, 0xa, 0x23, 0x3, 0x23, 0x3, 0x23, 
    0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 
    0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x7, 0x23, 
    0x348, 0xa, 0x23, 0xc, 0x23, 0xe, 0x23, 0x34b, 0xb, 0x23, 0x5, 0x23, 
    0x34d, 0xa, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 
    0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 
    0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 
    0x7, 0x23, 0x361, 0xa, 0x23, 0xc, 0x23, 0xe, 0x23, 0x364, 0xb, 0x23, 
    0x3, 0x23, 0x5, 0x23, 0x367, 0xa, 0x23, 0x3, 0x23, 0x3, 0x23, 0x5, 0x23, 
    0x36b, 0xa, 0x23, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x7, 0x24, 0x370, 
    0xa, 0x24, 0xc, 0x24, 0xe, 0x24, 0x373, 0xb, 0x24, 0x3, 0x24, 0x3, 0x24, 
    0x3, 0x24, 0x3, 0x25, 0x3, 0x25, 0x3, 0x25, 0x3, 0x25, 0x5, 0x25, 0x37c, 
    0xa, 0x25, 0x5, 0x25, 0x37e, 0xa, 0x25, 0x3, 0x26, 0x3, 0x26, 0x3, 0x26, 
    0x2, 0x3, 0x42, 0x27, 0x2, 0x4, 0x6, 0x8, 0xa, 0xc, 0xe, 0x10, 0x12, 
    0x14, 0x16, 0x18, 0x1a, 0x1c, 0x1e, 0x20, 0x22, 0x24, 0x26, 0x28, 0x2a, 
    0x2c, 0x2e, 0x30, 0x32, 0x34, 0x36, 0x38, 0x3a, 0x3c, 0x3e, 0x40, 0x42, 
    0x44, 0x46, 0x48, 0x4a, 0x2, 0x13, 0x3, 0x2, 0x1c, 0x1d, 0x3, 0x2, 0x20, 
    0x21, 0x4, 0x2, 0x18, 0x18, 0x22, 0x22, 0x3, 0x2, 0x23, 0x24, 0x3, 0x2, 
    0x2e, 0x31, 0x3, 0x2, 0x36, 0x3b, 0x5, 0x2, 0x10, 0x10, 0x16, 0x16, 
    0x1b, 0x1d, 0x3, 0x2, 0x43, 0x44, 0x4, 0x2, 0x59, 0x59, 0x68, 0x68, 
    0x3, 0x2, 0x4e, 0x50, 0x4, 0x2, 0x4d, 0x4d, 0x51, 0x51, 0x4, 0x2, 0x5a, 
    0x5a, 0x69, 0x69, 0x4, 0x2, 0x5b, 0x5b, 0x6a, 0x6a, 0x3, 0x2, 0x5c, 
    0x5d, 0x5, 0x2, 0x2a, 0x2a, 0x2e, 0x31, 0x5e, 0x60, 0x3, 0x2, 0x2f, 
    0x30, 0x11, 0x2, 0x6, 0x8, 0xa, 0xa, 0x13, 0x15, 0x18, 0x18, 0x1a, 0x1a, 
    0x20, 0x24, 0x26, 0x26, 0x29, 0x29, 0x2b, 0x2d, 0x32, 0x32, 0x3f, 0x40, 
    0x42, 0x4c, 0x5f, 0x60, 0x66, 0x67, 0x74, 0x74, 0x2, 0x404, 0x2, 0x4d, 
    0x3, 0x2, 0x2, 0x2, 0x4, 0x82, 0x3, 0x2, 0x2, 0x2, 0x6, 0x8b, 0x3, 0x2, 
    0x2, 0x2, 0x8, 0x8d, 0x3, 0x2, 0x2, 0x2, 0xa, 0xa0, 0x3, 0x2, 0x2, 0x2, 
    0xc, 0xa4, 0x3, 0x2, 0x2, 0x2, 0xe, 0xb9, 0x3, 0x2, 0x2, 0x2, 0x10, 
    0xc6, 0x3, 0x2, 0x2, 0x2, 0x12, 0xda, 0x3, 0x2, 0x2, 0x2, 0x14, 0xdc, 
    0x3, 0x2, 0x2, 0x2, 0x16, 0x118, 0x3, 0x2, 0x2, 0x2, 0x18, 0x11a, 0x3, 
    0x2, 0x2, 0x2, 0x1a, 0x128, 0x3, 0x2, 0x2, 0x2, 0x1c, 0x12c, 0x3, 0x2, 
    0x2, 0x2, 0x1e, 0x145, 0x3, 0x2, 0x2, 0x2, 0x20, 0x175, 0x3, 0x2, 0x2, 
    0x2, 0x22, 0x179, 0x3, 0x2, 0x2, 0x2, 0x24, 0x17c, 0x3, 0x2, 0x2, 0x2, 
    0x26, 0x181, 0x3, 0x2, 0x2, 0x2, 0x28, 0x183, 0x3, 0x2, 0x2, 0x2, 0x2a, 
    0x186, 0x3, 0x2, 0x2, 0x2, 0x2c, 0x19a, 0x3, 0x2, 0x2, 0x2, 0x2e, 0x1b9, 
    0x3, 0x2, 0x2, 0x2, 0x30, 0x1d7, 0x3, 0x2, 0x2, 0x2, 0x32, 0x1e6, 0x3, 
    0x2, 0x2, 0x2, 0x34, 0x1ed, 0x3, 0x2, 0x2, 0x2, 0x36, 0x1ef, 0x3, 0x2, 
    0x2, 0x2, 0x38, 0x236, 0x3, 0x2, 0x2, 0x2, 0x3a, 0x283, 0x3, 0x2, 0x2, 
    0x2, 0x3c, 0x285, 0x3, 0x2, 0x2, 0x2, 0x3e, 0x2cc, 0x3, 0x2, 0x2, 0x2, 
    0x40, 0x2ce, 0x3, 0x2, 0x2, 0x2, 0x42, 0x2d8, 0x3, 0x2, 0x2, 0x2, 0x44, 
    0x36a, 0x3, 0x2, 0x2, 0x2, 0x46, 0x36c, 0x3, 0x2, 0x2, 0x2, 0x48, 0x37d, 
    0x3, 0x2, 0x2, 0x2, 0x4a, 0x37f, 0x3, 0x2, 0x2, 0x2, 0x4c, 0x4e, 0x5, 
    0x4, 0x3, 0x2, 0x4d, 0x4c, 0x3, 0x2, 0x2, 0x2, 0x4d, 0x4e, 0x3, 0x2, 
    0x2, 0x2, 0x4e, 0x52, 0x3, 0x2, 0x2, 0x2, 0x4f, 0x51, 0x5, 0x6, 0x4, 
    0x2, 0x50, 0x4f, 0x3, 0x2, 0x2, 0x2, 0x51, 0x54, 0x3, 0x2, 0x2, 0x2, 
    0x52, 0x50, 0x3, 0x2, 0x2, 0x2, 0x52, 0x53, 0x3, 0x2, 0x2, 0x2, 0x53, 
    0x55, 0x3, 0x2, 0x2, 0x2, 0x54, 0x52, 0x3, 0x2, 0x2, 0x2, 0x55, 0x56, 
    0x7, 0x2, 0x2, 0x3, 0x56, 0x3, 0x3, 0x2, 0x2, 0x2, 0x57, 0x58, 0x7, 
    0x3, 0x2, 0x2, 0x58, 0x5a, 0x5, 0x4a, 0x26, 0x2, 0x59, 0x5b, 0x7, 0x6f, 
    0x2, 0x2, 0x5a, 0x59, 0x3, 0x2, 0x2, 0x2, 0x5a, 0x5b, 0x3, 0x2, 0x2, 
    0x2, 0x5b, 0x5d, 0x3, 0x2, 0x2, 0x2, 0x5c, 0x5e, 0x7, 0x6d, 0x2, 0x2, 
    0x5d, 0x5c, 0x3, 0x2, 0x2, 0x2, 0x5d, 0x5e, 0x3, 0x2, 0x2, 0x2, 0x5e, 
    0x5f, 0x3, 0x2, 0x2, 0x2, 0x5f, 0x60, 0x7, 0x4, 0x2, 0x2, 0x60, 0x83, 
    0x3, 0x2, 0x2, 0x2, 0x61, 0x62, 0x7, 0x5, 0x2, 0x2, 0x62, 0x64, 0x5, 
    0x4a, 0x26, 0x2, 0x63, 0x65, 0x7, 0x6f, 0x2, 0x2, 0x64, 0x63, 0x3, 0x2, 
    0x2, 0x2, 0x64, 0x65, 0x3, 0x2, 0x2, 0x2, 0x65, 0x67, 0x3, 0x2, 0x2, 
    0x2, 0x66, 0x68, 0x7, 0x6d, 0x2, 0x2, 0x67, 0x66, 0x3, 0x2, 0x2, 0x2, 
    0x67, 0x68, 0x3, 0x2, 0x2, 0x2, 0x68, 0x6c, 0x3, 0x2, 0x2, 0x2, 0x69, 
    0x6b, 0x5, 0x28, 0x15, 0x2, 0x6a, 0x69, 0x3, 0x2, 0x2, 0x2, 0x6b, 0x6e, 
    0x3, 0x2, 0x2, 0x2, 0x6c, 0x6a, 0x3, 0x2, 0x2, 0x2, 0x6c, 0x6d, 0x3, 
    0x2, 0x2, 0x2, 0x6d, 0x6f, 0x3, 0x2, 0x2, 0x2, 0x6e, 0x6c, 0x3, 0x2, 
    0x2, 0x2, 0x6f, 0x70, 0x7, 0x6, 0x2, 0x2, 0x70, 0x7a, 0x5, 0x4a, 0x26, 
    0x2, 0x71, 0x72, 0x7, 0x7, 0x2, 0x2, 0x72, 0x78, 0x7, 0x71, 0x2, 0x2, 
    0x73, 0x74, 0x7, 0x8, 0x2, 0x2, 0x74, 0x75, 0x5, 0x4a, 0x26, 0x2, 0x75, 
    0x76, 0x7, 0x9, 0x2, 0x2, 0x76, 0x77, 0x5, 0x4a, 0x26, 0x2, 0x77, 0x79, 
    0x3, 0x2, 0x2, 0x2, 0x78, 0x73, 0x3, 0x2, 0x2, 0x2, 0x78, 0x79, 0x3, 
    0x2, 0x2, 0x2, 0x79, 0x7b, 0x3, 0x2, 0x2, 0x2, 0x7a, 0x71, 0x3, 0x2, 
    0x2, 0x2, 0x7a, 0x7b, 0x3, 0x2, 0x2, 0x2, 0x7b, 0x7c, 0x3, 0x2, 0x2, 
    0x2, 0x7c, 0x7d, 0x7, 0x4, 0x2, 0x2, 0x7d, 0x83, 0x3, 0x2, 0x2, 0x2, 
    0x7e, 0x7f, 0x7, 0xa, 0x2, 0x2, 0x7f, 0x80, 0x7, 0xb, 0x2, 0x2, 0x80, 
    0x81, 0x7, 0x6f, 0x2, 0x2, 0x81, 0x83, 0x7, 0x4, 0x2, 0x2, 0x82, 0x57, 
    0x3, 0x2, 0x2, 0x2, 0x82, 0x61, 0x3, 0x2, 0x2, 0x2, 0x82, 0x7e, 0x3, 
    0x2, 0x2, 0x2, 0x83, 0x5, 0x3, 0x2, 0x2, 0x2, 0x84, 0x8c, 0x5, 0x8, 
    0x5, 0x2, 0x85, 0x8c, 0x5, 0xc, 0x7, 0x2, 0x86, 0x8c, 0x5, 0x14, 0xb, 
    0x2, 0x87, 0x8c, 0x5, 0x1c, 0xf, 0x2, 0x88, 0x8c, 0x5, 0x1e, 0x10, 0x2, 
    0x89, 0x8c, 0x5, 0x3c, 0x1f, 0x2, 0x8a, 0x8c, 0x5, 0x38, 0x1d, 0x2, 
    0x8b, 0x84, 0x3, 0x2, 0x2, 0x2, 0x8b, 0x85, 0x3, 0x2, 0x2, 0x2, 0x8b, 
    0x86, 0x3, 0x2, 0x2, 0x2, 0x8b, 0x87, 0x3, 0x2, 0x2, 0x2, 0x8b, 0x88, 
    0x3, 0x2, 0x2, 0x2, 0x8b, 0x89, 0x3, 0x2, 0x2, 0x2, 0x8b, 0x8a, 0x3, 
    0x2, 0x2, 0x2, 0x8c, 0x7, 0x3, 0x2, 0x2, 0x2, 0x8d, 0x8e, 0x7, 0xc, 
    0x2, 0x2, 0x8e, 0x90, 0x5, 0x4a, 0x26, 0x2, 0x8f, 0x91, 0x7, 0x6d, 0x2, 
    0x2, 0x90, 0x8f, 0x3, 0x2, 0x2, 0x2, 0x90, 0x91, 0x3, 0x2, 0x2, 0x2, 
    0x91, 0x92, 0x3, 0x2, 0x2, 0x2, 0x92, 0x93, 0x7, 0xd, 0x2, 0x2, 0x93, 
    0x98, 0x5, 0xa, 0x6, 0x2, 0x94, 0x95, 0x7, 0xe, 0x2, 0x2, 0x95, 0x97, 
    0x5, 0xa, 0x6, 0x2, 0x96, 0x94, 0x3, 0x2, 0x2, 0x2, 0x97, 0x9a, 0x3, 
    0x2, 0x2, 0x2, 0x98, 0x96, 0x3, 0x2, 0x2, 0x2, 0x98, 0x99, 0x3, 0x2, 
    0x2, 0x2, 0x99, 0x9c, 0x3, 0x2, 0x2, 0x2, 0x9a, 0x98, 0x3, 0x2, 0x2, 
    0x2, 0x9b, 0x9d, 0x7, 0xe, 0x2, 0x2, 0x9c, 0x9b, 0x3, 0x2, 0x2, 0x2, 
    0x9c, 0x9d, 0x3, 0x2, 0x2, 0x2, 0x9d, 0x9e, 0x3, 0x2, 0x2, 0x2, 0x9e, 
    0x9f, 0x7, 0xf, 0x2, 0x2, 0x9f, 0x9, 0x3, 0x2, 0x2, 0x2, 0xa0, 0xa2, 
    0x5, 0x4a, 0x26, 0x2, 0xa1, 0xa3, 0x7, 0x6f, 0x2, 0x2, 0xa2, 0xa1, 0x3, 
    0x2, 0x2, 0x2, 0xa2, 0xa3, 0x3, 0x2, 0x2, 0x2, 0xa3, 0xb, 0x3, 0x2, 
    0x2, 0x2, 0xa4, 0xa5, 0x7, 0x10, 0x2, 0x2, 0xa5, 0xa7, 0x5, 0x4a, 0x26, 
    0x2, 0xa6, 0xa8, 0x7, 0x6d, 0x2, 0x2, 0xa7, 0xa6, 0x3, 0x2, 0x2, 0x2, 
    0xa7, 0xa8, 0x3, 0x2, 0x2, 0x2, 0xa8, 0xac, 0x3, 0x2, 0x2, 0x2, 0xa9, 
    0xab, 0x5, 0x28, 0x15, 0x2, 0xaa, 0xa9, 0x3, 0x2, 0x2, 0x2, 0xab, 0xae, 
    0x3, 0x2, 0x2, 0x2, 0xac, 0xaa, 0x3, 0x2, 0x2, 0x2, 0xac, 0xad, 0x3, 
    0x2, 0x2, 0x2, 0xad, 0xaf, 0x3, 0x2, 0x2, 0x2, 0xae, 0xac, 0x3, 0x2, 
    0x2, 0x2, 0xaf, 0xb3, 0x7, 0xd, 0x2, 0x2, 0xb0, 0xb2, 0x5, 0xe, 0x8, 
    0x2, 0xb1, 0xb0, 0x3, 0x2, 0x2, 0x2, 0xb2, 0xb5, 0x3, 0x2, 0x2, 0x2, 
    0xb3, 0xb1, 0x3, 0x2, 0x2, 0x2, 0xb3, 0xb4, 0x3, 0x2, 0x2, 0x2, 0xb4, 
    0xb6, 0x3, 0x2, 0x2, 0x2, 0xb5, 0xb3, 0x3, 0x2, 0x2, 0x2, 0xb6, 0xb7, 
    0x7, 0xf, 0x2, 0x2, 0xb7, 0xd, 0x3, 0x2, 0x2, 0x2, 0xb8, 0xba, 0x7, 
    0x66, 0x2, 0x2, 0xb9, 0xb8, 0x3, 0x2, 0x2, 0x2, 0xb9, 0xba, 0x3, 0x2, 
    0x2, 0x2, 0xba, 0xbb, 0x3, 0x2, 0x2, 0x2, 0xbb, 0xbc, 0x5, 0x4a, 0x26, 
    0x2, 0xbc, 0xbd, 0x7, 0x11, 0x2, 0x2, 0xbd, 0xc1, 0x5, 0x12, 0xa, 0x2, 
    0xbe, 0xc0, 0x5, 0x10, 0x9, 0x2, 0xbf, 0xbe, 0x3, 0x2, 0x2, 0x2, 0xc0, 
    0xc3, 0x3, 0x2, 0x2, 0x2, 0xc1, 0xbf, 0x3, 0x2, 0x2, 0x2, 0xc1, 0xc2, 
    0x3, 0x2, 0x2, 0x2, 0xc2, 0xc4, 0x3, 0x2, 0x2, 0x2, 0xc3, 0xc1, 0x3, 
    0x2, 0x2, 0x2, 0xc4, 0xc5, 0x7, 0x4, 0x2, 0x2, 0xc5, 0xf, 0x3, 0x2, 
    0x2, 0x2, 0xc6, 0xc7, 0x7, 0x12, 0x2, 0x2, 0xc7, 0xc8, 0x5, 0x36, 0x1c, 
    0x2, 0xc8, 0xc9, 0x5, 0x42, 0x22, 0x2, 0xc9, 0x11, 0x3, 0x2, 0x2, 0x2, 
    0xca, 0xcb, 0x7, 0x13, 0x2, 0x2, 0xcb, 0xcc, 0x7, 0x14, 0x2, 0x2, 0xcc, 
    0xce, 0x5, 0x4a, 0x26, 0x2, 0xcd, 0xcf, 0x7, 0x6b, 0x2, 0x2, 0xce, 0xcd, 
    0x3, 0x2, 0x2, 0x2, 0xce, 0xcf, 0x3, 0x2, 0x2, 0x2, 0xcf, 0xdb, 0x3, 
    0x2, 0x2, 0x2, 0xd0, 0xd1, 0x7, 0x15, 0x2, 0x2, 0xd1, 0xd2, 0x7, 0x14, 
    0x2, 0x2, 0xd2, 0xd4, 0x5, 0x4a, 0x26, 0x2, 0xd3, 0xd5, 0x7, 0x6b, 0x2, 
    0x2, 0xd4, 0xd3, 0x3, 0x2, 0x2, 0x2, 0xd4, 0xd5, 0x3, 0x2, 0x2, 0x2, 
    0xd5, 0xdb, 0x3, 0x2, 0x2, 0x2, 0xd6, 0xd8, 0x5, 0x4a, 0x26, 0x2, 0xd7, 
    0xd9, 0x7, 0x6b, 0x2, 0x2, 0xd8, 0xd7, 0x3, 0x2, 0x2, 0x2, 0xd8, 0xd9, 
    0x3, 0x2, 0x2, 0x2, 0xd9, 0xdb, 0x3, 0x2, 0x2, 0x2, 0xda, 0xca, 0x3, 
    0x2, 0x2, 0x2, 0xda, 0xd0, 0x3, 0x2, 0x2, 0x2, 0xda, 0xd6, 0x3, 0x2, 
    0x2, 0x2, 0xdb, 0x13, 0x3, 0x2, 0x2, 0x2, 0xdc, 0xdd, 0x7, 0x16, 0x2, 
    0x2, 0xdd, 0xde, 0x5, 0x4a, 0x26, 0x2, 0xde, 0xdf, 0x7, 0x11, 0x2, 0x2, 
    0xdf, 0xe1, 0x5, 0x12, 0xa, 0x2, 0xe0, 0xe2, 0x7, 0x6d, 0x2, 0x2, 0xe1, 
    0xe0, 0x3, 0x2, 0x2, 0x2, 0xe1, 0xe2, 0x3, 0x2, 0x2, 0x2, 0xe2, 0xe6, 
    0x3, 0x2, 0x2, 0x2, 0xe3, 0xe5, 0x5, 0x28, 0x15, 0x2, 0xe4, 0xe3, 0x3, 
    0x2, 0x2, 0x2, 0xe5, 0xe8, 0x3, 0x2, 0x2, 0x2, 0xe6, 0xe4, 0x3, 0x2, 
    0x2, 0x2, 0xe6, 0xe7, 0x3, 0x2, 0x2, 0x2, 0xe7, 0xe9, 0x3, 0x2, 0x2, 
    0x2, 0xe8, 0xe6, 0x3, 0x2, 0x2, 0x2, 0xe9, 0xea, 0x7, 0x17, 0x2, 0x2, 
    0xea, 0xeb, 0x5, 0x16, 0xc, 0x2, 0xeb, 0xec, 0x7, 0x4, 0x2, 0x2, 0xec, 
    0x15, 0x3, 0x2, 0x2, 0x2, 0xed, 0xf0, 0x5, 0x42, 0x22, 0x2, 0xee, 0xf0, 
    0x5, 0x18, 0xd, 0x2, 0xef, 0xed, 0x3, 0x2, 0x2, 0x2, 0xef, 0xee, 0x3, 
    0x2, 0x2, 0x2, 0xf0, 0xfb, 0x3, 0x2, 0x2, 0x2, 0xf1, 0xf2, 0x7, 0x18, 
    0x2, 0x2, 0xf2, 0xf3, 0x7, 0x71, 0x2, 0x2, 0xf3, 0xf4, 0x7, 0xe, 0x2, 
    0x2, 0xf4, 0xf7, 0x7, 0x19, 0x2, 0x2, 0xf5, 0xf8, 0x5, 0x42, 0x22, 0x2, 
    0xf6, 0xf8, 0x5, 0x18, 0xd, 0x2, 0xf7, 0xf5, 0x3, 0x2, 0x2, 0x2, 0xf7, 
    0xf6, 0x3, 0x2, 0x2, 0x2, 0xf8, 0xfa, 0x3, 0x2, 0x2, 0x2, 0xf9, 0xf1, 
    0x3, 0x2, 0x2, 0x2, 0xfa, 0xfd, 0x3, 0x2, 0x2, 0x2, 0xfb, 0xf9, 0x3, 
    0x2, 0x2, 0x2, 0xfb, 0xfc, 0x3, 0x2, 0x2, 0x2, 0xfc, 0x119, 0x3, 0x2, 
    0x2, 0x2, 0xfd, 0xfb, 0x3, 0x2, 0x2, 0x2, 0xfe, 0xff, 0x7, 0xd, 0x2, 
    0x2, 0xff, 0x100, 0x7, 0x1a, 0x2, 0x2, 0x100, 0x101, 0x7, 0x71, 0x2, 
    0x2, 0x101, 0x104, 0x7, 0x11, 0x2, 0x2, 0x102, 0x105, 0x5, 0x42, 0x22, 
    0x2, 0x103, 0x105, 0x5, 0x18, 0xd, 0x2, 0x104, 0x102, 0x3, 0x2, 0x2, 
    0x2, 0x104, 0x103, 0x3, 0x2, 0x2, 0x2, 0x105, 0x110, 0x3, 0x2, 0x2, 
    0x2, 0x106, 0x107, 0x7, 0xe, 0x2, 0x2, 0x107, 0x108, 0x7, 0x1a, 0x2, 
    0x2, 0x108, 0x109, 0x7, 0x71, 0x2, 0x2, 0x109, 0x10c, 0x7, 0x11, 0x2, 
    0x2, 0x10a, 0x10d, 0x5, 0x42, 0x22, 0x2, 0x10b, 0x10d, 0x5, 0x18, 0xd, 
    0x2, 0x10c, 0x10a, 0x3, 0x2, 0x2, 0x2, 0x10c, 0x10b, 0x3, 0x2, 0x2, 
    0x2, 0x10d, 0x10f, 0x3, 0x2, 0x2, 0x2, 0x10e, 0x106, 0x3, 0x2, 0x2, 
    0x2, 0x10f, 0x112, 0x3, 0x2, 0x2, 0x2, 0x110, 0x10e, 0x3, 0x2, 0x2, 
    0x2, 0x110, 0x111, 0x3, 0x2, 0x2, 0x2, 0x111, 0x114, 0x3, 0x2, 0x2, 
    0x2, 0x112, 0x110, 0x3, 0x2, 0x2, 0x2, 0x113, 0x115, 0x7, 0xe, 0x2, 
    0x2, 0x114, 0x113, 0x3, 0x2, 0x2, 0x2, 0x114, 0x115, 0x3, 0x2, 0x2, 
    0x2, 0x115, 0x116, 0x3, 0x2, 0x2, 0x2, 0x116, 0x117, 0x7, 0xf, 0x2, 
    0x2, 0x117, 0x119, 0x3, 0x2, 0x2, 0x2, 0x118, 0xef, 0x3, 0x2, 0x2, 0x2, 
    0x118, 0xfe, 0x3, 0x2, 0x2, 0x2, 0x119, 0x17, 0x3, 0x2, 0x2, 0x2, 0x11a, 
    0x11b, 0x7, 0xd, 0x2, 0x2, 0x11b, 0x120, 0x5, 0x1a, 0xe, 0x2, 0x11c, 
    0x11d, 0x7, 0xe, 0x2, 0x2, 0x11d, 0x11f, 0x5, 0x1a, 0xe, 0x2, 0x11e, 
    0x11c, 0x3, 0x2, 0x2, 0x2, 0x11f, 0x122, 0x3, 0x2, 0x2, 0x2, 0x120, 
    0x11e, 0x3, 0x2, 0x2, 0x2, 0x120, 0x121, 0x3, 0x2, 0x2, 0x2, 0x121, 
    0x124, 0x3, 0x2, 0x2, 0x2, 0x122, 0x120, 0x3, 0x2, 0x2, 0x2, 0x123, 
    0x125, 0x7, 0xe, 0x2, 0x2, 0x124, 0x123, 0x3, 0x2, 0x2, 0x2, 0x124, 
    0x125, 0x3, 0x2, 0x2, 0x2, 0x125, 0x126, 0x3, 0x2, 0x2, 0x2, 0x126, 
    0x127, 0x7, 0xf, 0x2, 0x2, 0x127, 0x19, 0x3, 0x2, 0x2, 0x2, 0x128, 0x129, 
    0x5, 0x42, 0x22, 0x2, 0x129, 0x12a, 0x7, 0x11, 0x2, 0x2, 0x12a, 0x12b, 
    0x5, 0x42, 0x22, 0x2, 0x12b, 0x1b, 0x3, 0x2, 0x2, 0x2, 0x12c, 0x12d, 
    0x7, 0x1b, 0x2, 0x2, 0x12d, 0x12e, 0x5, 0x4a, 0x26, 0x2, 0x12e, 0x12f, 
    0x7, 0x11, 0x2, 0x2, 0x12f, 0x131, 0x5, 0x12, 0xa, 0x2, 0x130, 0x132, 
    0x7, 0x6d, 0x2, 0x2, 0x131, 0x130, 0x3, 0x2, 0x2, 0x2, 0x131, 0x132, 
    0x3, 0x2, 0x2, 0x2, 0x132, 0x136, 0x3, 0x2, 0x2, 0x2, 0x133, 0x135, 
    0x5, 0x28, 0x15, 0x2, 0x134, 0x133, 0x3, 0x2, 0x2, 0x2, 0x135, 0x138, 
    0x3, 0x2, 0x2, 0x2, 0x136, 0x134, 0x3, 0x2, 0x2, 0x2, 0x136, 0x137, 
    0x3, 0x2, 0x2, 0x2, 0x137, 0x139, 0x3, 0x2, 0x2, 0x2, 0x138, 0x136, 
    0x3, 0x2, 0x2, 0x2, 0x139, 0x13a, 0x7, 0x17, 0x2, 0x2, 0x13a, 0x13f, 
    0x5, 0x42, 0x22, 0x2, 0x13b, 0x13c, 0x7, 0xe, 0x2, 0x2, 0x13c, 0x13e, 
    0x5, 0x42, 0x22, 0x2, 0x13d, 0x13b, 0x3, 0x2, 0x2, 0x2, 0x13e, 0x141, 
    0x3, 0x2, 0x2, 0x2, 0x13f, 0x13d, 0x3, 0x2, 0x2, 0x2, 0x13f, 0x140, 
    0x3, 0x2, 0x2, 0x2, 0x140, 0x142, 0x3, 0x2, 0x2, 0x2, 0x141, 0x13f, 
    0x3, 0x2, 0x2, 0x2, 0x142, 0x143, 0x7, 0x4, 0x2, 0x2, 0x143, 0x1d, 0x3, 
    0x2, 0x2, 0x2, 0x144, 0x146, 0x7, 0x67, 0x2, 0x2, 0x145, 0x144, 0x3, 
    0x2, 0x2, 0x2, 0x145, 0x146, 0x3, 0x2, 0x2, 0x2, 0x146, 0x147, 0x3, 
    0x2, 0x2, 0x2, 0x147, 0x148, 0x9, 0x2, 0x2, 0x2, 0x148, 0x149, 0x5, 
    0x4a, 0x26, 0x2, 0x149, 0x152, 0x7, 0x1e, 0x2, 0x2, 0x14a, 0x14f, 0x5, 
    0x20, 0x11, 0x2, 0x14b, 0x14c, 0x7, 0xe, 0x2, 0x2, 0x14c, 0x14e, 0x5, 
    0x20, 0x11, 0x2, 0x14d, 0x14b, 0x3, 0x2, 0x2, 0x2, 0x14e, 0x151, 0x3, 
    0x2, 0x2, 0x2, 0x14f, 0x14d, 0x3, 0x2, 0x2, 0x2, 0x14f, 0x150, 0x3, 
    0x2, 0x2, 0x2, 0x150, 0x153, 0x3, 0x2, 0x2, 0x2, 0x151, 0x14f, 0x3, 
    0x2, 0x2, 0x2, 0x152, 0x14a, 0x3, 0x2, 0x2, 0x2, 0x152, 0x153, 0x3, 
    0x2, 0x2, 0x2, 0x153, 0x154, 0x3, 0x2, 0x2, 0x2, 0x154, 0x157, 0x7, 
    0x1f, 0x2, 0x2, 0x155, 0x156, 0x7, 0x11, 0x2, 0x2, 0x156, 0x158, 0x5, 
    0x12, 0xa, 0x2, 0x157, 0x155, 0x3, 0x2, 0x2, 0x2, 0x157, 0x158, 0x3, 
    0x2, 0x2, 0x2, 0x158, 0x15a, 0x3, 0x2, 0x2, 0x2, 0x159, 0x15b, 0x7, 
    0x6f, 0x2, 0x2, 0x15a, 0x159, 0x3, 0x2, 0x2, 0x2, 0x15a, 0x15b, 0x3, 
    0x2, 0x2, 0x2, 0x15b, 0x15d, 0x3, 0x2, 0x2, 0x2, 0x15c, 0x15e, 0x7, 
    0x6d, 0x2, 0x2, 0x15d, 0x15c, 0x3, 0x2, 0x2, 0x2, 0x15d, 0x15e, 0x3, 
    0x2, 0x2, 0x2, 0x15e, 0x162, 0x3, 0x2, 0x2, 0x2, 0x15f, 0x161, 0x5, 
    0x28, 0x15, 0x2, 0x160, 0x15f, 0x3, 0x2, 0x2, 0x2, 0x161, 0x164, 0x3, 
    0x2, 0x2, 0x2, 0x162, 0x160, 0x3, 0x2, 0x2, 0x2, 0x162, 0x163, 0x3, 
    0x2, 0x2, 0x2, 0x163, 0x166, 0x3, 0x2, 0x2, 0x2, 0x164, 0x162, 0x3, 
    0x2, 0x2, 0x2, 0x165, 0x167, 0x5, 0x22, 0x12, 0x2, 0x166, 0x165, 0x3, 
    0x2, 0x2, 0x2, 0x166, 0x167, 0x3, 0x2, 0x2, 0x2, 0x167, 0x169, 0x3, 
    0x2, 0x2, 0x2, 0x168, 0x16a, 0x5, 0x24, 0x13, 0x2, 0x169, 0x168, 0x3, 
    0x2, 0x2, 0x2, 0x169, 0x16a, 0x3, 0x2, 0x2, 0x2, 0x16a, 0x16b, 0x3, 
    0x2, 0x2, 0x2, 0x16b, 0x16c, 0x7, 0x17, 0x2, 0x2, 0x16c, 0x170, 0x5, 
    0x26, 0x14, 0x2, 0x16d, 0x16f, 0x5, 0x2a, 0x16, 0x2, 0x16e, 0x16d, 0x3, 
    0x2, 0x2, 0x2, 0x16f, 0x172, 0x3, 0x2, 0x2, 0x2, 0x170, 0x16e, 0x3, 
    0x2, 0x2, 0x2, 0x170, 0x171, 0x3, 0x2, 0x2, 0x2, 0x171, 0x173, 0x3, 
    0x2, 0x2, 0x2, 0x172, 0x170, 0x3, 0x2, 0x2, 0x2, 0x173, 0x174, 0x7, 
    0x4, 0x2, 0x2, 0x174, 0x1f, 0x3, 0x2, 0x2, 0x2, 0x175, 0x176, 0x5, 0x4a, 
    0x26, 0x2, 0x176, 0x177, 0x7, 0x11, 0x2, 0x2, 0x177, 0x178, 0x5, 0x12, 
    0xa, 0x2, 0x178, 0x21, 0x3, 0x2, 0x2, 0x2, 0x179, 0x17a, 0x9, 0x3, 0x2, 
    0x2, 0x17a, 0x17b, 0x5, 0x4a, 0x26, 0x2, 0x17b, 0x23, 0x3, 0x2, 0x2, 
    0x2, 0x17c, 0x17d, 0x9, 0x4, 0x2, 0x2, 0x17d, 0x17e, 0x5, 0x42, 0x22, 
    0x2, 0x17e, 0x25, 0x3, 0x2, 0x2, 0x2, 0x17f, 0x182, 0x5, 0x2c, 0x17, 
    0x2, 0x180, 0x182, 0x5, 0x42, 0x22, 0x2, 0x181, 0x17f, 0x3, 0x2, 0x2, 
    0x2, 0x181, 0x180, 0x3, 0x2, 0x2, 0x2, 0x182, 0x27, 0x3, 0x2, 0x2, 0x2, 
    0x183, 0x184, 0x9, 0x5, 0x2, 0x2, 0x184, 0x185, 0x7, 0x6f, 0x2, 0x2, 
    0x185, 0x29, 0x3, 0x2, 0x2, 0x2, 0x186, 0x187, 0x7, 0x25, 0x2, 0x2, 
    0x187, 0x18a, 0x5, 0x4a, 0x26, 0x2, 0x188, 0x189, 0x7, 0x26, 0x2, 0x2, 
    0x189, 0x18b, 0x5, 0x4a, 0x26, 0x2, 0x18a, 0x188, 0x3, 0x2, 0x2, 0x2, 
    0x18a, 0x18b, 0x3, 0x2, 0x2, 0x2, 0x18b, 0x18d, 0x3, 0x2, 0x2, 0x2, 
    0x18c, 0x18e, 0x7, 0x6d, 0x2, 0x2, 0x18d, 0x18c, 0x3, 0x2, 0x2, 0x2, 
    0x18d, 0x18e, 0x3, 0x2, 0x2, 0x2, 0x18e, 0x192, 0x3, 0x2, 0x2, 0x2, 
    0x18f, 0x191, 0x5, 0x28, 0x15, 0x2, 0x190, 0x18f, 0x3, 0x2, 0x2, 0x2, 
    0x191, 0x194, 0x3, 0x2, 0x2, 0x2, 0x192, 0x190, 0x3, 0x2, 0x2, 0x2, 
    0x192, 0x193, 0x3, 0x2, 0x2, 0x2, 0x193, 0x195, 0x3, 0x2, 0x2, 0x2, 
    0x194, 0x192, 0x3, 0x2, 0x2, 0x2, 0x195, 0x196, 0x7, 0x27, 0x2, 0x2, 
    0x196, 0x197, 0x5, 0x42, 0x22, 0x2, 0x197, 0x198, 0x7, 0x19, 0x2, 0x2, 
    0x198, 0x199, 0x5, 0x42, 0x22, 0x2, 0x199, 0x2b, 0x3, 0x2, 0x2, 0x2, 
    0x19a, 0x19b, 0x7, 0x28, 0x2, 0x2, 0x19b, 0x19c, 0x5, 0x2e, 0x18, 0x2, 
    0x19c, 0x19d, 0x7, 0x1e, 0x2, 0x2, 0x19d, 0x1a2, 0x5, 0x42, 0x22, 0x2, 
    0x19e, 0x19f, 0x7, 0xe, 0x2, 0x2, 0x19f, 0x1a1, 0x5, 0x42, 0x22, 0x2, 
    0x1a0, 0x19e, 0x3, 0x2, 0x2, 0x2, 0x1a1, 0x1a4, 0x3, 0x2, 0x2, 0x2, 
    0x1a2, 0x1a0, 0x3, 0x2, 0x2, 0x2, 0x1a2, 0x1a3, 0x3, 0x2, 0x2, 0x2, 
    0x1a3, 0x1a5, 0x3, 0x2, 0x2, 0x2, 0x1a4, 0x1a2, 0x3, 0x2, 0x2, 0x2, 
    0x1a5, 0x1a6, 0x7, 0x1f, 0x2, 0x2, 0x1a6, 0x1aa, 0x7, 0xd, 0x2, 0x2, 
    0x1a7, 0x1a9, 0x5, 0x30, 0x19, 0x2, 0x1a8, 0x1a7, 0x3, 0x2, 0x2, 0x2, 
    0x1a9, 0x1ac, 0x3, 0x2, 0x2, 0x2, 0x1aa, 0x1a8, 0x3, 0x2, 0x2, 0x2, 
    0x1aa, 0x1ab, 0x3, 0x2, 0x2, 0x2, 0x1ab, 0x1ad, 0x3, 0x2, 0x2, 0x2, 
    0x1ac, 0x1aa, 0x3, 0x2, 0x2, 0x2, 0x1ad, 0x1ae, 0x7, 0xf, 0x2, 0x2, 
    0x1ae, 0x2d, 0x3, 0x2, 0x2, 0x2, 0x1af, 0x1ba, 0x7, 0x29, 0x2, 0x2, 
    0x1b0, 0x1ba, 0x7, 0x2a, 0x2, 0x2, 0x1b1, 0x1ba, 0x7, 0x2b, 0x2, 0x2, 
    0x1b2, 0x1ba, 0x7, 0x2c, 0x2, 0x2, 0x1b3, 0x1b4, 0x7, 0x2d, 0x2, 0x2, 
    0x1b4, 0x1ba, 0x9, 0x6, 0x2, 0x2, 0x1b5, 0x1b6, 0x7, 0x1c, 0x2, 0x2, 
    0x1b6, 0x1ba, 0x7, 0x32, 0x2, 0x2, 0x1b7, 0x1b8, 0x7, 0x67, 0x2, 0x2, 
    0x1b8, 0x1ba, 0x7, 0x32, 0x2, 0x2, 0x1b9, 0x1af, 0x3, 0x2, 0x2, 0x2, 
    0x1b9, 0x1b0, 0x3, 0x2, 0x2, 0x2, 0x1b9, 0x1b1, 0x3, 0x2, 0x2, 0x2, 
    0x1b9, 0x1b2, 0x3, 0x2, 0x2, 0x2, 0x1b9, 0x1b3, 0x3, 0x2, 0x2, 0x2, 
    0x1b9, 0x1b5, 0x3, 0x2, 0x2, 0x2, 0x1b9, 0x1b7, 0x3, 0x2, 0x2, 0x2, 
    0x1ba, 0x2f, 0x3, 0x2, 0x2, 0x2, 0x1bb, 0x1bc, 0x5, 0x4a, 0x26, 0x2, 
    0x1bc, 0x1bd, 0x7, 0x11, 0x2, 0x2, 0x1bd, 0x1bf, 0x3, 0x2, 0x2, 0x2, 
    0x1be, 0x1bb, 0x3, 0x2, 0x2, 0x2, 0x1be, 0x1bf, 0x3, 0x2, 0x2, 0x2, 
    0x1bf, 0x1c0, 0x3, 0x2, 0x2, 0x2, 0x1c0, 0x1c5, 0x5, 0x32, 0x1a, 0x2, 
    0x1c1, 0x1c2, 0x7, 0xe, 0x2, 0x2, 0x1c2, 0x1c4, 0x5, 0x32, 0x1a, 0x2, 
    0x1c3, 0x1c1, 0x3, 0x2, 0x2, 0x2, 0x1c4, 0x1c7, 0x3, 0x2, 0x2, 0x2, 
    0x1c5, 0x1c3, 0x3, 0x2, 0x2, 0x2, 0x1c5, 0x1c6, 0x3, 0x2, 0x2, 0x2, 
    0x1c6, 0x1c8, 0x3, 0x2, 0x2, 0x2, 0x1c7, 0x1c5, 0x3, 0x2, 0x2, 0x2, 
    0x1c8, 0x1c9, 0x7, 0x33, 0x2, 0x2, 0x1c9, 0x1cb, 0x5, 0x42, 0x22, 0x2, 
    0x1ca, 0x1cc, 0x7, 0x6d, 0x2, 0x2, 0x1cb, 0x1ca, 0x3, 0x2, 0x2, 0x2, 
    0x1cb, 0x1cc, 0x3, 0x2, 0x2, 0x2, 0x1cc, 0x1cd, 0x3, 0x2, 0x2, 0x2, 
    0x1cd, 0x1ce, 0x7, 0x4, 0x2, 0x2, 0x1ce, 0x1d8, 0x3, 0x2, 0x2, 0x2, 
    0x1cf, 0x1d0, 0x7, 0x34, 0x2, 0x2, 0x1d0, 0x1d1, 0x7, 0x33, 0x2, 0x2, 
    0x1d1, 0x1d3, 0x5, 0x42, 0x22, 0x2, 0x1d2, 0x1d4, 0x7, 0x6d, 0x2, 0x2, 
    0x1d3, 0x1d2, 0x3, 0x2, 0x2, 0x2, 0x1d3, 0x1d4, 0x3, 0x2, 0x2, 0x2, 
    0x1d4, 0x1d5, 0x3, 0x2, 0x2, 0x2, 0x1d5, 0x1d6, 0x7, 0x4, 0x2, 0x2, 
    0x1d6, 0x1d8, 0x3, 0x2, 0x2, 0x2, 0x1d7, 0x1be, 0x3, 0x2, 0x2, 0x2, 
    0x1d7, 0x1cf, 0x3, 0x2, 0x2, 0x2, 0x1d8, 0x31, 0x3, 0x2, 0x2, 0x2, 0x1d9, 
    0x1e7, 0x7, 0x35, 0x2, 0x2, 0x1da, 0x1db, 0x5, 0x36, 0x1c, 0x2, 0x1db, 
    0x1dc, 0x5, 0x42, 0x22, 0x2, 0x1dc, 0x1e7, 0x3, 0x2, 0x2, 0x2, 0x1dd, 
    0x1e7, 0x7, 0x6c, 0x2, 0x2, 0x1de, 0x1e7, 0x5, 0x42, 0x22, 0x2, 0x1df, 
    0x1e2, 0x5, 0x34, 0x1b, 0x2, 0x1e0, 0x1e1, 0x7, 0x6a, 0x2, 0x2, 0x1e1, 
    0x1e3, 0x5, 0x34, 0x1b, 0x2, 0x1e2, 0x1e0, 0x3, 0x2, 0x2, 0x2, 0x1e3, 
    0x1e4, 0x3, 0x2, 0x2, 0x2, 0x1e4, 0x1e2, 0x3, 0x2, 0x2, 0x2, 0x1e4, 
    0x1e5, 0x3, 0x2, 0x2, 0x2, 0x1e5, 0x1e7, 0x3, 0x2, 0x2, 0x2, 0x1e6, 
    0x1d9, 0x3, 0x2, 0x2, 0x2, 0x1e6, 0x1da, 0x3, 0x2, 0x2, 0x2, 0x1e6, 
    0x1dd, 0x3, 0x2, 0x2, 0x2, 0x1e6, 0x1de, 0x3, 0x2, 0x2, 0x2, 0x1e6, 
    0x1df, 0x3, 0x2, 0x2, 0x2, 0x1e7, 0x33, 0x3, 0x2, 0x2, 0x2, 0x1e8, 0x1e9, 
    0x5, 0x36, 0x1c, 0x2, 0x1e9, 0x1ea, 0x5, 0x42, 0x22, 0x2, 0x1ea, 0x1ee, 
    0x3, 0x2, 0x2, 0x2, 0x1eb, 0x1ee, 0x7, 0x6c, 0x2, 0x2, 0x1ec, 0x1ee, 
    0x5, 0x42, 0x22, 0x2, 0x1ed, 0x1e8, 0x3, 0x2, 0x2, 0x2, 0x1ed, 0x1eb, 
    0x3, 0x2, 0x2, 0x2, 0x1ed, 0x1ec, 0x3, 0x2, 0x2, 0x2, 0x1ee, 0x35, 0x3, 
    0x2, 0x2, 0x2, 0x1ef, 0x1f0, 0x9, 0x7, 0x2, 0x2, 0x1f0, 0x37, 0x3, 0x2, 
    0x2, 0x2, 0x1f1, 0x1f2, 0x7, 0x3c, 0x2, 0x2, 0x1f2, 0x237, 0x5, 0x3a, 
    0x1e, 0x2, 0x1f3, 0x1f4, 0x7, 0x3d, 0x2, 0x2, 0x1f4, 0x237, 0x5, 0x3a, 
    0x1e, 0x2, 0x1f5, 0x1f6, 0x7, 0x3e, 0x2, 0x2, 0x1f6, 0x1f7, 0x9, 0x8, 
    0x2, 0x2, 0x1f7, 0x1f9, 0x5, 0x4a, 0x26, 0x2, 0x1f8, 0x1fa, 0x7, 0x6d, 
    0x2, 0x2, 0x1f9, 0x1f8, 0x3, 0x2, 0x2, 0x2, 0x1f9, 0x1fa, 0x3, 0x2, 
    0x2, 0x2, 0x1fa, 0x1fb, 0x3, 0x2, 0x2, 0x2, 0x1fb, 0x1fc, 0x7, 0x4, 
    0x2, 0x2, 0x1fc, 0x237, 0x3, 0x2, 0x2, 0x2, 0x1fd, 0x1fe, 0x7, 0x3e, 
    0x2, 0x2, 0x1fe, 0x1ff, 0x7, 0x25, 0x2, 0x2, 0x1ff, 0x200, 0x5, 0x4a, 
    0x26, 0x2, 0x200, 0x201, 0x7, 0x9, 0x2, 0x2, 0x201, 0x203, 0x5, 0x4a, 
    0x26, 0x2, 0x202, 0x204, 0x7, 0x6d, 0x2, 0x2, 0x203, 0x202, 0x3, 0x2, 
    0x2, 0x2, 0x203, 0x204, 0x3, 0x2, 0x2, 0x2, 0x204, 0x205, 0x3, 0x2, 
    0x2, 0x2, 0x205, 0x206, 0x7, 0x4, 0x2, 0x2, 0x206, 0x237, 0x3, 0x2, 
    0x2, 0x2, 0x207, 0x208, 0x7, 0x3e, 0x2, 0x2, 0x208, 0x209, 0x7, 0x3f, 
    0x2, 0x2, 0x209, 0x20a, 0x5, 0x4a, 0x26, 0x2, 0x20a, 0x20b, 0x7, 0x9, 
    0x2, 0x2, 0x20b, 0x20d, 0x5, 0x4a, 0x26, 0x2, 0x20c, 0x20e, 0x7, 0x6d, 
    0x2, 0x2, 0x20d, 0x20c, 0x3, 0x2, 0x2, 0x2, 0x20d, 0x20e, 0x3, 0x2, 
    0x2, 0x2, 0x20e, 0x20f, 0x3, 0x2, 0x2, 0x2, 0x20f, 0x210, 0x7, 0x4, 
    0x2, 0x2, 0x210, 0x237, 0x3, 0x2, 0x2, 0x2, 0x211, 0x212, 0x7, 0x3e, 
    0x2, 0x2, 0x212, 0x213, 0x7, 0x40, 0x2, 0x2, 0x213, 0x214, 0x5, 0x4a, 
    0x26, 0x2, 0x214, 0x215, 0x7, 0x9, 0x2, 0x2, 0x215, 0x217, 0x5, 0x4a, 
    0x26, 0x2, 0x216, 0x218, 0x7, 0x6d, 0x2, 0x2, 0x217, 0x216, 0x3, 0x2, 
    0x2, 0x2, 0x217, 0x218, 0x3, 0x2, 0x2, 0x2, 0x218, 0x219, 0x3, 0x2, 
    0x2, 0x2, 0x219, 0x21a, 0x7, 0x4, 0x2, 0x2, 0x21a, 0x237, 0x3, 0x2, 
    0x2, 0x2, 0x21b, 0x21c, 0x7, 0x41, 0x2, 0x2, 0x21c, 0x21d, 0x7, 0x16, 
    0x2, 0x2, 0x21d, 0x224, 0x5, 0x4a, 0x26, 0x2, 0x21e, 0x21f, 0x7, 0x42, 
    0x2, 0x2, 0x21f, 0x222, 0x7, 0x73, 0x2, 0x2, 0x220, 0x221, 0x7, 0x1a, 
    0x2, 0x2, 0x221, 0x223, 0x7, 0x71, 0x2, 0x2, 0x222, 0x220, 0x3, 0x2, 
    0x2, 0x2, 0x222, 0x223, 0x3, 0x2, 0x2, 0x2, 0x223, 0x225, 0x3, 0x2, 
    0x2, 0x2, 0x224, 0x21e, 0x3, 0x2, 0x2, 0x2, 0x224, 0x225, 0x3, 0x2, 
    0x2, 0x2, 0x225, 0x227, 0x3, 0x2, 0x2, 0x2, 0x226, 0x228, 0x7, 0x6d, 
    0x2, 0x2, 0x227, 0x226, 0x3, 0x2, 0x2, 0x2, 0x227, 0x228, 0x3, 0x2, 
    0x2, 0x2, 0x228, 0x22c, 0x3, 0x2, 0x2, 0x2, 0x229, 0x22b, 0x5, 0x28, 
    0x15, 0x2, 0x22a, 0x229, 0x3, 0x2, 0x2, 0x2, 0x22b, 0x22e, 0x3, 0x2, 
    0x2, 0x2, 0x22c, 0x22a, 0x3, 0x2, 0x2, 0x2, 0x22c, 0x22d, 0x3, 0x2, 
    0x2, 0x2, 0x22d, 0x22f, 0x3, 0x2, 0x2, 0x2, 0x22e, 0x22c, 0x3, 0x2, 
    0x2, 0x2, 0x22f, 0x232, 0x7, 0x17, 0x2, 0x2, 0x230, 0x233, 0x5, 0x1a, 
    0xe, 0x2, 0x231, 0x233, 0x5, 0x16, 0xc, 0x2, 0x232, 0x230, 0x3, 0x2, 
    0x2, 0x2, 0x232, 0x231, 0x3, 0x2, 0x2, 0x2, 0x233, 0x234, 0x3, 0x2, 
    0x2, 0x2, 0x234, 0x235, 0x7, 0x4, 0x2, 0x2, 0x235, 0x237, 0x3, 0x2, 
    0x2, 0x2, 0x236, 0x1f1, 0x3, 0x2, 0x2, 0x2, 0x236, 0x1f3, 0x3, 0x2, 
    0x2, 0x2, 0x236, 0x1f5, 0x3, 0x2, 0x2, 0x2, 0x236, 0x1fd, 0x3, 0x2, 
    0x2, 0x2, 0x236, 0x207, 0x3, 0x2, 0x2, 0x2, 0x236, 0x211, 0x3, 0x2, 
    0x2, 0x2, 0x236, 0x21b, 0x3, 0x2, 0x2, 0x2, 0x237, 0x39, 0x3, 0x2, 0x2, 
    0x2, 0x238, 0x284, 0x5, 0x1e, 0x10, 0x2, 0x239, 0x284, 0x5, 0x14, 0xb, 
    0x2, 0x23a, 0x284, 0x5, 0x1c, 0xf, 0x2, 0x23b, 0x284, 0x5, 0x8, 0x5, 
    0x2, 0x23c, 0x284, 0x5, 0xc, 0x7, 0x2, 0x23d, 0x23e, 0x7, 0x40, 0x2, 
    0x2, 0x23e, 0x23f, 0x5, 0x4a, 0x26, 0x2, 0x23f, 0x240, 0x7, 0x9, 0x2, 
    0x2, 0x240, 0x241, 0x5, 0x4a, 0x26, 0x2, 0x241, 0x242, 0x7, 0x11, 0x2, 
    0x2, 0x242, 0x246, 0x5, 0x12, 0xa, 0x2, 0x243, 0x245, 0x5, 0x10, 0x9, 
    0x2, 0x244, 0x243, 0x3, 0x2, 0x2, 0x2, 0x245, 0x248, 0x3, 0x2, 0x2, 
    0x2, 0x246, 0x244, 0x3, 0x2, 0x2, 0x2, 0x246, 0x247, 0x3, 0x2, 0x2, 
    0x2, 0x247, 0x24a, 0x3, 0x2, 0x2, 0x2, 0x248, 0x246, 0x3, 0x2, 0x2, 
    0x2, 0x249, 0x24b, 0x7, 0x6d, 0x2, 0x2, 0x24a, 0x249, 0x3, 0x2, 0x2, 
    0x2, 0x24a, 0x24b, 0x3, 0x2, 0x2, 0x2, 0x24b, 0x24f, 0x3, 0x2, 0x2, 
    0x2, 0x24c, 0x24e, 0x5, 0x28, 0x15, 0x2, 0x24d, 0x24c, 0x3, 0x2, 0x2, 
    0x2, 0x24e, 0x251, 0x3, 0x2, 0x2, 0x2, 0x24f, 0x24d, 0x3, 0x2, 0x2, 
    0x2, 0x24f, 0x250, 0x3, 0x2, 0x2, 0x2, 0x250, 0x252, 0x3, 0x2, 0x2, 
    0x2, 0x251, 0x24f, 0x3, 0x2, 0x2, 0x2, 0x252, 0x253, 0x7, 0x4, 0x2, 
    0x2, 0x253, 0x284, 0x3, 0x2, 0x2, 0x2, 0x254, 0x255, 0x7, 0x25, 0x2, 
    0x2, 0x255, 0x256, 0x5, 0x4a, 0x26, 0x2, 0x256, 0x257, 0x7, 0x9, 0x2, 
    0x2, 0x257, 0x25a, 0x5, 0x4a, 0x26, 0x2, 0x258, 0x259, 0x7, 0x26, 0x2, 
    0x2, 0x259, 0x25b, 0x5, 0x4a, 0x26, 0x2, 0x25a, 0x258, 0x3, 0x2, 0x2, 
    0x2, 0x25a, 0x25b, 0x3, 0x2, 0x2, 0x2, 0x25b, 0x25d, 0x3, 0x2, 0x2, 
    0x2, 0x25c, 0x25e, 0x7, 0x6d, 0x2, 0x2, 0x25d, 0x25c, 0x3, 0x2, 0x2, 
    0x2, 0x25d, 0x25e, 0x3, 0x2, 0x2, 0x2, 0x25e, 0x262, 0x3, 0x2, 0x2, 
    0x2, 0x25f, 0x261, 0x5, 0x28, 0x15, 0x2, 0x260, 0x25f, 0x3, 0x2, 0x2, 
    0x2, 0x261, 0x264, 0x3, 0x2, 0x2, 0x2, 0x262, 0x260, 0x3, 0x2, 0x2, 
    0x2, 0x262, 0x263, 0x3, 0x2, 0x2, 0x2, 0x263, 0x265, 0x3, 0x2, 0x2, 
    0x2, 0x264, 0x262, 0x3, 0x2, 0x2, 0x2, 0x265, 0x266, 0x7, 0x27, 0x2, 
    0x2, 0x266, 0x267, 0x5, 0x42, 0x22, 0x2, 0x267, 0x268, 0x7, 0x19, 0x2, 
    0x2, 0x268, 0x269, 0x5, 0x42, 0x22, 0x2, 0x269, 0x26a, 0x7, 0x4, 0x2, 
    0x2, 0x26a, 0x284, 0x3, 0x2, 0x2, 0x2, 0x26b, 0x26c, 0x7, 0x3f, 0x2, 
    0x2, 0x26c, 0x26d, 0x5, 0x4a, 0x26, 0x2, 0x26d, 0x26e, 0x7, 0x9, 0x2, 
    0x2, 0x26e, 0x271, 0x5, 0x4a, 0x26, 0x2, 0x26f, 0x270, 0x9, 0x9, 0x2, 
    0x2, 0x270, 0x272, 0x5, 0x4a, 0x26, 0x2, 0x271, 0x26f, 0x3, 0x2, 0x2, 
    0x2, 0x271, 0x272, 0x3, 0x2, 0x2, 0x2, 0x272, 0x273, 0x3, 0x2, 0x2, 
    0x2, 0x273, 0x274, 0x7, 0x11, 0x2, 0x2, 0x274, 0x279, 0x5, 0x32, 0x1a, 
    0x2, 0x275, 0x276, 0x7, 0xe, 0x2, 0x2, 0x276, 0x278, 0x5, 0x32, 0x1a, 
    0x2, 0x277, 0x275, 0x3, 0x2, 0x2, 0x2, 0x278, 0x27b, 0x3, 0x2, 0x2, 
    0x2, 0x279, 0x277, 0x3, 0x2, 0x2, 0x2, 0x279, 0x27a, 0x3, 0x2, 0x2, 
    0x2, 0x27a, 0x27c, 0x3, 0x2, 0x2, 0x2, 0x27b, 0x279, 0x3, 0x2, 0x2, 
    0x2, 0x27c, 0x27d, 0x7, 0x33, 0x2, 0x2, 0x27d, 0x27f, 0x5, 0x42, 0x22, 
    0x2, 0x27e, 0x280, 0x7, 0x6d, 0x2, 0x2, 0x27f, 0x27e, 0x3, 0x2, 0x2, 
    0x2, 0x27f, 0x280, 0x3, 0x2, 0x2, 0x2, 0x280, 0x281, 0x3, 0x2, 0x2, 
    0x2, 0x281, 0x282, 0x7, 0x4, 0x2, 0x2, 0x282, 0x284, 0x3, 0x2, 0x2, 
    0x2, 0x283, 0x238, 0x3, 0x2, 0x2, 0x2, 0x283, 0x239, 0x3, 0x2, 0x2, 
    0x2, 0x283, 0x23a, 0x3, 0x2, 0x2, 0x2, 0x283, 0x23b, 0x3, 0x2, 0x2, 
    0x2, 0x283, 0x23c, 0x3, 0x2, 0x2, 0x2, 0x283, 0x23d, 0x3, 0x2, 0x2, 
    0x2, 0x283, 0x254, 0x3, 0x2, 0x2, 0x2, 0x283, 0x26b, 0x3, 0x2, 0x2, 
    0x2, 0x284, 0x3b, 0x3, 0x2, 0x2, 0x2, 0x285, 0x286, 0x7, 0x45, 0x2, 
    0x2, 0x286, 0x288, 0x5, 0x4a, 0x26, 0x2, 0x287, 0x289, 0x7, 0x6f, 0x2, 
    0x2, 0x288, 0x287, 0x3, 0x2, 0x2, 0x2, 0x288, 0x289, 0x3, 0x2, 0x2, 
    0x2, 0x289, 0x28b, 0x3, 0x2, 0x2, 0x2, 0x28a, 0x28c, 0x7, 0x6d, 0x2, 
    0x2, 0x28b, 0x28a, 0x3, 0x2, 0x2, 0x2, 0x28b, 0x28c, 0x3, 0x2, 0x2, 
    0x2, 0x28c, 0x28d, 0x3, 0x2, 0x2, 0x2, 0x28d, 0x291, 0x7, 0xd, 0x2, 
    0x2, 0x28e, 0x290, 0x5, 0x3e, 0x20, 0x2, 0x28f, 0x28e, 0x3, 0x2, 0x2, 
    0x2, 0x290, 0x293, 0x3, 0x2, 0x2, 0x2, 0x291, 0x28f, 0x3, 0x2, 0x2, 
    0x2, 0x291, 0x292, 0x3, 0x2, 0x2, 0x2, 0x292, 0x294, 0x3, 0x2, 0x2, 
    0x2, 0x293, 0x291, 0x3, 0x2, 0x2, 0x2, 0x294, 0x295, 0x7, 0xf, 0x2, 
    0x2, 0x295, 0x3d, 0x3, 0x2, 0x2, 0x2, 0x296, 0x297, 0x7, 0x46, 0x2, 
    0x2, 0x297, 0x298, 0x5, 0x4a, 0x26, 0x2, 0x298, 0x299, 0x5, 0x4a, 0x26, 
    0x2, 0x299, 0x2a5, 0x7, 0xd, 0x2, 0x2, 0x29a, 0x29f, 0x5, 0x40, 0x21, 
    0x2, 0x29b, 0x29c, 0x7, 0xe, 0x2, 0x2, 0x29c, 0x29e, 0x5, 0x40, 0x21, 
    0x2, 0x29d, 0x29b, 0x3, 0x2, 0x2, 0x2, 0x29e, 0x2a1, 0x3, 0x2, 0x2, 
    0x2, 0x29f, 0x29d, 0x3, 0x2, 0x2, 0x2, 0x29f, 0x2a0, 0x3, 0x2, 0x2, 
    0x2, 0x2a0, 0x2a3, 0x3, 0x2, 0x2, 0x2, 0x2a1, 0x29f, 0x3, 0x2, 0x2, 
    0x2, 0x2a2, 0x2a4, 0x7, 0xe, 0x2, 0x2, 0x2a3, 0x2a2, 0x3, 0x2, 0x2, 
    0x2, 0x2a3, 0x2a4, 0x3, 0x2, 0x2, 0x2, 0x2a4, 0x2a6, 0x3, 0x2, 0x2, 
    0x2, 0x2a5, 0x29a, 0x3, 0x2, 0x2, 0x2, 0x2a5, 0x2a6, 0x3, 0x2, 0x2, 
    0x2, 0x2a6, 0x2a7, 0x3, 0x2, 0x2, 0x2, 0x2a7, 0x2a9, 0x7, 0xf, 0x2, 
    0x2, 0x2a8, 0x2aa, 0x7, 0x4, 0x2, 0x2, 0x2a9, 0x2a8, 0x3, 0x2, 0x2, 
    0x2, 0x2a9, 0x2aa, 0x3, 0x2, 0x2, 0x2, 0x2aa, 0x2cd, 0x3, 0x2, 0x2, 
    0x2, 0x2ab, 0x2ac, 0x7, 0x46, 0x2, 0x2, 0x2ac, 0x2ad, 0x7, 0x47, 0x2, 
    0x2, 0x2ad, 0x2ae, 0x5, 0x4a, 0x26, 0x2, 0x2ae, 0x2af, 0x7, 0x1a, 0x2, 
    0x2, 0x2af, 0x2b0, 0x7, 0x6f, 0x2, 0x2, 0x2b0, 0x2b1, 0x7, 0x4, 0x2, 
    0x2, 0x2b1, 0x2cd, 0x3, 0x2, 0x2, 0x2, 0x2b2, 0x2b3, 0x7, 0x48, 0x2, 
    0x2, 0x2b3, 0x2b4, 0x5, 0x4a, 0x26, 0x2, 0x2b4, 0x2b5, 0x7, 0x1e, 0x2, 
    0x2, 0x2b5, 0x2b6, 0x5, 0x4a, 0x26, 0x2, 0x2b6, 0x2b7, 0x7, 0x1f, 0x2, 
    0x2, 0x2b7, 0x2b8, 0x7, 0x36, 0x2, 0x2, 0x2b8, 0x2b9, 0x5, 0x42, 0x22, 
    0x2, 0x2b9, 0x2ba, 0x7, 0x4, 0x2, 0x2, 0x2ba, 0x2cd, 0x3, 0x2, 0x2, 
    0x2, 0x2bb, 0x2bc, 0x7, 0x48, 0x2, 0x2, 0x2bc, 0x2bd, 0x7, 0x49, 0x2, 
    0x2, 0x2bd, 0x2be, 0x7, 0x6f, 0x2, 0x2, 0x2be, 0x2cd, 0x7, 0x4, 0x2, 
    0x2, 0x2bf, 0x2c0, 0x7, 0x4a, 0x2, 0x2, 0x2c0, 0x2c1, 0x7, 0x6f, 0x2, 
    0x2, 0x2c1, 0x2cd, 0x7, 0x4, 0x2, 0x2, 0x2c2, 0x2c3, 0x7, 0x4b, 0x2, 
    0x2, 0x2c3, 0x2c4, 0x7, 0x14, 0x2, 0x2, 0x2c4, 0x2c5, 0x7, 0x71, 0x2, 
    0x2, 0x2c5, 0x2cd, 0x7, 0x4, 0x2, 0x2, 0x2c6, 0x2c7, 0x7, 0x16, 0x2, 
    0x2, 0x2c7, 0x2c8, 0x5, 0x4a, 0x26, 0x2, 0x2c8, 0x2c9, 0x7, 0x17, 0x2, 
    0x2, 0x2c9, 0x2ca, 0x5, 0x42, 0x22, 0x2, 0x2ca, 0x2cb, 0x7, 0x4, 0x2, 
    0x2, 0x2cb, 0x2cd, 0x3, 0x2, 0x2, 0x2, 0x2cc, 0x296, 0x3, 0x2, 0x2, 
    0x2, 0x2cc, 0x2ab, 0x3, 0x2, 0x2, 0x2, 0x2cc, 0x2b2, 0x3, 0x2, 0x2, 
    0x2, 0x2cc, 0x2bb, 0x3, 0x2, 0x2, 0x2, 0x2cc, 0x2bf, 0x3, 0x2, 0x2, 
    0x2, 0x2cc, 0x2c2, 0x3, 0x2, 0x2, 0x2, 0x2cc, 0x2c6, 0x3, 0x2, 0x2, 
    0x2, 0x2cd, 0x3f, 0x3, 0x2, 0x2, 0x2, 0x2ce, 0x2cf, 0x5, 0x4a, 0x26, 
    0x2, 0x2cf, 0x2d0, 0x7, 0x11, 0x2, 0x2, 0x2d0, 0x2d1, 0x5, 0x42, 0x22, 
    0x2, 0x2d1, 0x41, 0x3, 0x2, 0x2, 0x2, 0x2d2, 0x2d3, 0x8, 0x22, 0x1, 
    0x2, 0x2d3, 0x2d9, 0x5, 0x44, 0x23, 0x2, 0x2d4, 0x2d5, 0x7, 0x4d, 0x2, 
    0x2, 0x2d5, 0x2d9, 0x5, 0x42, 0x22, 0x10, 0x2d6, 0x2d7, 0x9, 0xa, 0x2, 
    0x2, 0x2d7, 0x2d9, 0x5, 0x42, 0x22, 0x5, 0x2d8, 0x2d2, 0x3, 0x2, 0x2, 
    0x2, 0x2d8, 0x2d4, 0x3, 0x2, 0x2, 0x2, 0x2d8, 0x2d6, 0x3, 0x2, 0x2, 
    0x2, 0x2d9, 0x310, 0x3, 0x2, 0x2, 0x2, 0x2da, 0x2db, 0xc, 0x11, 0x2, 
    0x2, 0x2db, 0x2dc, 0x7, 0x4c, 0x2, 0x2, 0x2dc, 0x30f, 0x5, 0x42, 0x22, 
    0x12, 0x2dd, 0x2de, 0xc, 0xf, 0x2, 0x2, 0x2de, 0x2df, 0x9, 0xb, 0x2, 
    0x2, 0x2df, 0x30f, 0x5, 0x42, 0x22, 0x10, 0x2e0, 0x2e1, 0xc, 0xe, 0x2, 
    0x2, 0x2e1, 0x2e2, 0x9, 0xc, 0x2, 0x2, 0x2e2, 0x30f, 0x5, 0x42, 0x22, 
    0xf, 0x2e3, 0x2e4, 0xc, 0xd, 0x2, 0x2, 0x2e4, 0x2e5, 0x7, 0x52, 0x2, 
    0x2, 0x2e5, 0x30f, 0x5, 0x42, 0x22, 0xe, 0x2e6, 0x2e7, 0xc, 0xc, 0x2, 
    0x2, 0x2e7, 0x2e8, 0x5, 0x36, 0x1c, 0x2, 0x2e8, 0x2e9, 0x5, 0x42, 0x22, 
    0xd, 0x2e9, 0x30f, 0x3, 0x2, 0x2, 0x2, 0x2ea, 0x2eb, 0xc, 0xb, 0x2, 
    0x2, 0x2eb, 0x2ec, 0x7, 0x17, 0x2, 0x2, 0x2ec, 0x30f, 0x5, 0x42, 0x22, 
    0xc, 0x2ed, 0x2ef, 0xc, 0xa, 0x2, 0x2, 0x2ee, 0x2f0, 0x7, 0x68, 0x2, 
    0x2, 0x2ef, 0x2ee, 0x3, 0x2, 0x2, 0x2, 0x2ef, 0x2f0, 0x3, 0x2, 0x2, 
    0x2, 0x2f0, 0x2f1, 0x3, 0x2, 0x2, 0x2, 0x2f1, 0x2f2, 0x7, 0x53, 0x2, 
    0x2, 0x2f2, 0x30f, 0x5, 0x42, 0x22, 0xb, 0x2f3, 0x2f4, 0xc, 0x9, 0x2, 
    0x2, 0x2f4, 0x2f5, 0x7, 0x54, 0x2, 0x2, 0x2f5, 0x30f, 0x5, 0x42, 0x22, 
    0xa, 0x2f6, 0x2f7, 0xc, 0x8, 0x2, 0x2, 0x2f7, 0x2f8, 0x7, 0x55, 0x2, 
    0x2, 0x2f8, 0x30f, 0x5, 0x42, 0x22, 0x9, 0x2f9, 0x2fa, 0xc, 0x4, 0x2, 
    0x2, 0x2fa, 0x2fb, 0x9, 0xd, 0x2, 0x2, 0x2fb, 0x30f, 0x5, 0x42, 0x22, 
    0x5, 0x2fc, 0x2fd, 0xc, 0x3, 0x2, 0x2, 0x2fd, 0x2fe, 0x9, 0xe, 0x2, 
    0x2, 0x2fe, 0x30f, 0x5, 0x42, 0x22, 0x4, 0x2ff, 0x300, 0xc, 0x12, 0x2, 
    0x2, 0x300, 0x301, 0x7, 0x9, 0x2, 0x2, 0x301, 0x30f, 0x5, 0x4a, 0x26, 
    0x2, 0x302, 0x303, 0xc, 0x7, 0x2, 0x2, 0x303, 0x305, 0x7, 0x56, 0x2, 
    0x2, 0x304, 0x306, 0x7, 0x68, 0x2, 0x2, 0x305, 0x304, 0x3, 0x2, 0x2, 
    0x2, 0x305, 0x306, 0x3, 0x2, 0x2, 0x2, 0x306, 0x307, 0x3, 0x2, 0x2, 
    0x2, 0x307, 0x30f, 0x7, 0x57, 0x2, 0x2, 0x308, 0x309, 0xc, 0x6, 0x2, 
    0x2, 0x309, 0x30a, 0x7, 0x56, 0x2, 0x2, 0x30a, 0x30c, 0x7, 0x58, 0x2, 
    0x2, 0x30b, 0x30d, 0x5, 0x4a, 0x26, 0x2, 0x30c, 0x30b, 0x3, 0x2, 0x2, 
    0x2, 0x30c, 0x30d, 0x3, 0x2, 0x2, 0x2, 0x30d, 0x30f, 0x3, 0x2, 0x2, 
    0x2, 0x30e, 0x2da, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x2dd, 0x3, 0x2, 0x2, 
    0x2, 0x30e, 0x2e0, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x2e3, 0x3, 0x2, 0x2, 
    0x2, 0x30e, 0x2e6, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x2ea, 0x3, 0x2, 0x2, 
    0x2, 0x30e, 0x2ed, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x2f3, 0x3, 0x2, 0x2, 
    0x2, 0x30e, 0x2f6, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x2f9, 0x3, 0x2, 0x2, 
    0x2, 0x30e, 0x2fc, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x2ff, 0x3, 0x2, 0x2, 
    0x2, 0x30e, 0x302, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x308, 0x3, 0x2, 0x2, 
    0x2, 0x30f, 0x312, 0x3, 0x2, 0x2, 0x2, 0x310, 0x30e, 0x3, 0x2, 0x2, 
    0x2, 0x310, 0x311, 0x3, 0x2, 0x2, 0x2, 0x311, 0x43, 0x3, 0x2, 0x2, 0x2, 
    0x312, 0x310, 0x3, 0x2, 0x2, 0x2, 0x313, 0x36b, 0x7, 0x73, 0x2, 0x2, 
    0x314, 0x36b, 0x7, 0x72, 0x2, 0x2, 0x315, 0x36b, 0x7, 0x6f, 0x2, 0x2, 
    0x316, 0x36b, 0x7, 0x71, 0x2, 0x2, 0x317, 0x36b, 0x9, 0xf, 0x2, 0x2, 
    0x318, 0x36b, 0x7, 0x57, 0x2, 0x2, 0x319, 0x31a, 0x9, 0x10, 0x2, 0x2, 
    0x31a, 0x31e, 0x7, 0x1e, 0x2, 0x2, 0x31b, 0x31c, 0x5, 0x42, 0x22, 0x2, 
    0x31c, 0x31d, 0x7, 0xb, 0x2, 0x2, 0x31d, 0x31f, 0x3, 0x2, 0x2, 0x2, 
    0x31e, 0x31b, 0x3, 0x2, 0x2, 0x2, 0x31e, 0x31f, 0x3, 0x2, 0x2, 0x2, 
    0x31f, 0x320, 0x3, 0x2, 0x2, 0x2, 0x320, 0x321, 0x5, 0x4a, 0x26, 0x2, 
    0x321, 0x322, 0x7, 0x53, 0x2, 0x2, 0x322, 0x325, 0x5, 0x4a, 0x26, 0x2, 
    0x323, 0x324, 0x7, 0x61, 0x2, 0x2, 0x324, 0x326, 0x5, 0x42, 0x22, 0x2, 
    0x325, 0x323, 0x3, 0x2, 0x2, 0x2, 0x325, 0x326, 0x3, 0x2, 0x2, 0x2, 
    0x326, 0x329, 0x3, 0x2, 0x2, 0x2, 0x327, 0x328, 0x7, 0x8, 0x2, 0x2, 
    0x328, 0x32a, 0x5, 0x42, 0x22, 0x2, 0x329, 0x327, 0x3, 0x2, 0x2, 0x2, 
    0x329, 0x32a, 0x3, 0x2, 0x2, 0x2, 0x32a, 0x32b, 0x3, 0x2, 0x2, 0x2, 
    0x32b, 0x32c, 0x7, 0x1f, 0x2, 0x2, 0x32c, 0x36b, 0x3, 0x2, 0x2, 0x2, 
    0x32d, 0x32e, 0x5, 0x4a, 0x26, 0x2, 0x32e, 0x337, 0x7, 0x1e, 0x2, 0x2, 
    0x32f, 0x334, 0x5, 0x42, 0x22, 0x2, 0x330, 0x331, 0x7, 0xe, 0x2, 0x2, 
    0x331, 0x333, 0x5, 0x42, 0x22, 0x2, 0x332, 0x330, 0x3, 0x2, 0x2, 0x2, 
    0x333, 0x336, 0x3, 0x2, 0x2, 0x2, 0x334, 0x332, 0x3, 0x2, 0x2, 0x2, 
    0x334, 0x335, 0x3, 0x2, 0x2, 0x2, 0x335, 0x338, 0x3, 0x2, 0x2, 0x2, 
    0x336, 0x334, 0x3, 0x2, 0x2, 0x2, 0x337, 0x32f, 0x3, 0x2, 0x2, 0x2, 
    0x337, 0x338, 0x3, 0x2, 0x2, 0x2, 0x338, 0x339, 0x3, 0x2, 0x2, 0x2, 
    0x339, 0x33a, 0x7, 0x1f, 0x2, 0x2, 0x33a, 0x36b, 0x3, 0x2, 0x2, 0x2, 
    0x33b, 0x33c, 0x9, 0x11, 0x2, 0x2, 0x33c, 0x33d, 0x7, 0x1e, 0x2, 0x2, 
    0x33d, 0x33e, 0x5, 0x42, 0x22, 0x2, 0x33e, 0x33f, 0x7, 0xe, 0x2, 0x2, 
    0x33f, 0x340, 0x5, 0x42, 0x22, 0x2, 0x340, 0x341, 0x7, 0x1f, 0x2, 0x2, 
    0x341, 0x36b, 0x3, 0x2, 0x2, 0x2, 0x342, 0x36b, 0x5, 0x4a, 0x26, 0x2, 
    0x343, 0x34c, 0x7, 0xd, 0x2, 0x2, 0x344, 0x349, 0x5, 0x42, 0x22, 0x2, 
    0x345, 0x346, 0x7, 0xe, 0x2, 0x2, 0x346, 0x348, 0x5, 0x42, 0x22, 0x2, 
    0x347, 0x345, 0x3, 0x2, 0x2, 0x2, 0x348, 0x34b, 0x3, 0x2, 0x2, 0x2, 
    0x349, 0x347, 0x3, 0x2, 0x2, 0x2, 0x349, 0x34a, 0x3, 0x2, 0x2, 0x2, 
    0x34a, 0x34d, 0x3, 0x2, 0x2, 0x2, 0x34b, 0x349, 0x3, 0x2, 0x2, 0x2, 
    0x34c, 0x344, 0x3, 0x2, 0x2, 0x2, 0x34c, 0x34d, 0x3, 0x2, 0x2, 0x2, 
    0x34d, 0x34e, 0x3, 0x2, 0x2, 0x2, 0x34e, 0x36b, 0x7, 0xf, 0x2, 0x2, 
    0x34f, 0x350, 0x7, 0x1e, 0x2, 0x2, 0x350, 0x351, 0x5, 0x42, 0x22, 0x2, 
    0x351, 0x352, 0x7, 0x1f, 0x2, 0x2, 0x352, 0x36b, 0x3, 0x2, 0x2, 0x2, 
    0x353, 0x354, 0x7, 0x62, 0x2, 0x2, 0x354, 0x355, 0x5, 0x42, 0x22, 0x2, 
    0x355, 0x356, 0x7, 0x19, 0x2, 0x2, 0x356, 0x357, 0x5, 0x42, 0x22, 0x2, 
    0x357, 0x358, 0x7, 0x63, 0x2, 0x2, 0x358, 0x359, 0x5, 0x42, 0x22, 0x2, 
    0x359, 0x36b, 0x3, 0x2, 0x2, 0x2, 0x35a, 0x35b, 0x7, 0x64, 0x2, 0x2, 
    0x35b, 0x35c, 0x5, 0x42, 0x22, 0x2, 0x35c, 0x35d, 0x7, 0xd, 0x2, 0x2, 
    0x35d, 0x362, 0x5, 0x46, 0x24, 0x2, 0x35e, 0x35f, 0x7, 0xe, 0x2, 0x2, 
    0x35f, 0x361, 0x5, 0x46, 0x24, 0x2, 0x360, 0x35e, 0x3, 0x2, 0x2, 0x2, 
    0x361, 0x364, 0x3, 0x2, 0x2, 0x2, 0x362, 0x360, 0x3, 0x2, 0x2, 0x2, 
    0x362, 0x363, 0x3, 0x2, 0x2, 0x2, 0x363, 0x366, 0x3, 0x2, 0x2, 0x2, 
    0x364, 0x362, 0x3, 0x2, 0x2, 0x2, 0x365, 0x367, 0x7, 0xe, 0x2, 0x2, 
    0x366, 0x365, 0x3, 0x2, 0x2, 0x2, 0x366, 0x367, 0x3, 0x2, 0x2, 0x2, 
    0x367, 0x368, 0x3, 0x2, 0x2, 0x2, 0x368, 0x369, 0x7, 0xf, 0x2, 0x2, 
    0x369, 0x36b, 0x3, 0x2, 0x2, 0x2, 0x36a, 0x313, 0x3, 0x2, 0x2, 0x2, 
    0x36a, 0x314, 0x3, 0x2, 0x2, 0x2, 0x36a, 0x315, 0x3, 0x2, 0x2, 0x2, 
    0x36a, 0x316, 0x3, 0x2, 0x2, 0x2, 0x36a, 0x317, 0x3, 0x2, 0x2, 0x2, 
    0x36a, 0x318, 0x3, 0x2, 0x2, 0x2, 0x36a, 0x319, 0x3, 0x2, 0x2, 0x2, 
    0x36a, 0x32d, 0x3, 0x2, 0x2, 0x2, 0x36a, 0x33b, 0x3, 0x2, 0x2, 0x2, 
    0x36a, 0x342, 0x3, 0x2, 0x2, 0x2, 0x36a, 0x343, 0x3, 0x2, 0x2, 0x2, 
    0x36a, 0x34f, 0x3, 0x2, 0x2, 0x2, 0x36a, 0x353, 0x3, 0x2, 0x2, 0x2, 
    0x36a, 0x35a, 0x3, 0x2, 0x2, 0x2, 0x36b, 0x45, 0x3, 0x2, 0x2, 0x2, 0x36c, 
    0x371, 0x5, 0x48, 0x25, 0x2, 0x36d, 0x36e, 0x7, 0x65, 0x2, 0x2, 0x36e, 
    0x370, 0x5, 0x48, 0x25, 0x2, 0x36f, 0x36d, 0x3, 0x2, 0x2, 0x2, 0x370, 
    0x373, 0x3, 0x2, 0x2, 0x2, 0x371, 0x36f, 0x3, 0x2, 0x2, 0x2, 0x371, 
    0x372, 0x3, 0x2, 0x2, 0x2, 0x372, 0x374, 0x3, 0x2, 0x2, 0x2, 0x373, 
    0x371, 0x3, 0x2, 0x2, 0x2, 0x374, 0x375, 0x7, 0x33, 0x2, 0x2, 0x375, 
    0x376, 0x5, 0x42, 0x22, 0x2, 0x376, 0x47, 0x3, 0x2, 0x2, 0x2, 0x377, 
    0x37e, 0x7, 0x35, 0x2, 0x2, 0x378, 0x37b, 0x5, 0x4a, 0x26, 0x2, 0x379, 
    0x37a, 0x7, 0x9, 0x2, 0x2, 0x37a, 0x37c, 0x5, 0x4a, 0x26, 0x2, 0x37b, 
    0x379, 0x3, 0x2, 0x2, 0x2, 0x37b, 0x37c, 0x3, 0x2, 0x2, 0x2, 0x37c, 
    0x37e, 0x3, 0x2, 0x2, 0x2, 0x37d, 0x377, 0x3, 0x2, 0x2, 0x2, 0x37d, 
    0x378, 0x3, 0x2, 0x2, 0x2, 0x37e, 0x49, 0x3, 0x2, 0x2, 0x2, 0x37f, 0x380, 
    0x9, 0x12, 0x2, 0x2, 0x380, 0x4b, 0x3, 0x2, 0x2, 0x2, 0x71, 0x4d, 0x52, 
    0x5a, 0x5d, 0x64, 0x67, 0x6c, 0x78, 0x7a, 0x82, 0x8b, 0x90, 0x98, 0x9c, 
    0xa2, 0xa7, 0xac, 0xb3, 0xb9, 0xc1, 0xce, 0xd4, 0xd8, 0xda, 0xe1, 0xe6, 
    0xef, 0xf7, 0xfb, 0x104, 0x10c, 0x110, 0x114, 0x118, 0x120, 0x124, 0x131, 
    0x136, 0x13f, 0x145, 0x14f, 0x152, 0x157, 0x15a, 0x15d, 0x162, 0x166, 
    0x169, 0x170, 0x181, 0x18a, 0x18d, 0x192, 0x1a2, 0x1aa, 0x1b9, 0x1be, 
    0x1c5, 0x1cb, 0x1d3, 0x1d7, 0x1e4, 0x1e6, 0x1ed, 0x1f9, 0x203, 0x20d, 
    0x217, 0x222, 0x224, 0x227, 0x22c, 0x232, 0x236, 0x246, 0x24a, 0x24f, 
    0x25a, 0x25d, 0x262, 0x271, 0x279, 0x27f, 0x283, 0x288, 0x28b, 0x291, 
    0x29f, 0x2a3, 0x2a5, 0x2a9, 0x2cc, 0x2d8, 0x2ef, 0x305, 0x30c, 0x30e, 
    0x310, 0x31e, 0x325, 0x329, 0x334, 0x337, 0x349, 0x34c, 0x362, 0x366, 
    0x36a, 0x371, 0x37b, 0x37d, 
  };

  atn::ATNDeserializer deserializer;
  _atn = deserializer.deserialize(_serializedATN);

  size_t count = _atn.getNumberOfDecisions();
  _decisionToDFA.reserve(count);
  for (size_t i = 0; i < count; i++) { 
    _decisionToDFA.emplace_back(_atn.getDecisionState(i), i);
  }
}

RedlineParser::Initializer RedlineParser::_init;
