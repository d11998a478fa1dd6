// GENERATED FILE: do not edit. Produced from grammar/Redline.g4 by grammar/regenerate.sh
// ANTLR tool version: Version 4.7.2
// Redline.g4 sha256: 370066214fc3e7a6af59488afb8e492df116591f781b2cd0a5ee77582cce1d75

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
    setState(73);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__0)
      | (1ULL << RedlineParser::T__2)
      | (1ULL << RedlineParser::T__5))) != 0)) {
      setState(72);
      header();
    }
    setState(78);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__7)
      | (1ULL << RedlineParser::T__11)
      | (1ULL << RedlineParser::T__17)
      | (1ULL << RedlineParser::T__22)
      | (1ULL << RedlineParser::T__23)
      | (1ULL << RedlineParser::T__24)
      | (1ULL << RedlineParser::T__53)
      | (1ULL << RedlineParser::T__54)
      | (1ULL << RedlineParser::T__55)
      | (1ULL << RedlineParser::T__59))) != 0) || _la == RedlineParser::T__63

    || _la == RedlineParser::OUTPUT) {
      setState(75);
      declaration();
      setState(80);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(81);
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
    setState(119);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__0: {
        _localctx = dynamic_cast<HeaderContext *>(_tracker.createInstance<RedlineParser::PolicyHeaderContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(83);
        match(RedlineParser::T__0);
        setState(84);
        name();
        setState(86);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::STRING) {
          setState(85);
          match(RedlineParser::STRING);
        }
        setState(89);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(88);
          match(RedlineParser::CITATION);
        }
        setState(91);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__2: {
        _localctx = dynamic_cast<HeaderContext *>(_tracker.createInstance<RedlineParser::ModificationHeaderContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(93);
        match(RedlineParser::T__2);
        setState(94);
        name();
        setState(96);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::STRING) {
          setState(95);
          match(RedlineParser::STRING);
        }
        setState(99);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(98);
          match(RedlineParser::CITATION);
        }
        setState(104);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__28

        || _la == RedlineParser::T__29) {
          setState(101);
          annotation();
          setState(106);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(107);
        match(RedlineParser::T__3);
        setState(108);
        name();
        setState(111);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__4) {
          setState(109);
          match(RedlineParser::T__4);
          setState(110);
          match(RedlineParser::DATE);
        }
        setState(113);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__5: {
        _localctx = dynamic_cast<HeaderContext *>(_tracker.createInstance<RedlineParser::TestsHeaderContext>(_localctx));
        enterOuterAlt(_localctx, 3);
        setState(115);
        match(RedlineParser::T__5);
        setState(116);
        match(RedlineParser::T__6);
        setState(117);
        match(RedlineParser::STRING);
        setState(118);
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
    setState(128);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__7: {
        enterOuterAlt(_localctx, 1);
        setState(121);
        enumDecl();
        break;
      }

      case RedlineParser::T__11: {
        enterOuterAlt(_localctx, 2);
        setState(122);
        entityDecl();
        break;
      }

      case RedlineParser::T__17: {
        enterOuterAlt(_localctx, 3);
        setState(123);
        paramDecl();
        break;
      }

      case RedlineParser::T__22: {
        enterOuterAlt(_localctx, 4);
        setState(124);
        cycleDecl();
        break;
      }

      case RedlineParser::T__23:
      case RedlineParser::T__24:
      case RedlineParser::OUTPUT: {
        enterOuterAlt(_localctx, 5);
        setState(125);
        ruleDecl();
        break;
      }

      case RedlineParser::T__63: {
        enterOuterAlt(_localctx, 6);
        setState(126);
        testDecl();
        break;
      }

      case RedlineParser::T__53:
      case RedlineParser::T__54:
      case RedlineParser::T__55:
      case RedlineParser::T__59: {
        enterOuterAlt(_localctx, 7);
        setState(127);
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
    setState(130);
    match(RedlineParser::T__7);
    setState(131);
    name();
    setState(133);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(132);
      match(RedlineParser::CITATION);
    }
    setState(135);
    match(RedlineParser::T__8);
    setState(136);
    enumMember();
    setState(141);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 11, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(137);
        match(RedlineParser::T__9);
        setState(138);
        enumMember(); 
      }
      setState(143);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 11, _ctx);
    }
    setState(145);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__9) {
      setState(144);
      match(RedlineParser::T__9);
    }
    setState(147);
    match(RedlineParser::T__10);
   
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
    setState(149);
    name();
    setState(151);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::STRING) {
      setState(150);
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
    setState(153);
    match(RedlineParser::T__11);
    setState(154);
    name();
    setState(156);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(155);
      match(RedlineParser::CITATION);
    }
    setState(161);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__28

    || _la == RedlineParser::T__29) {
      setState(158);
      annotation();
      setState(163);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(164);
    match(RedlineParser::T__8);
    setState(168);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
      | (1ULL << RedlineParser::T__4)
      | (1ULL << RedlineParser::T__5)
      | (1ULL << RedlineParser::T__14)
      | (1ULL << RedlineParser::T__15)
      | (1ULL << RedlineParser::T__16)
      | (1ULL << RedlineParser::T__19)
      | (1ULL << RedlineParser::T__21)
      | (1ULL << RedlineParser::T__27)
      | (1ULL << RedlineParser::T__28)
      | (1ULL << RedlineParser::T__29)
      | (1ULL << RedlineParser::T__31)
      | (1ULL << RedlineParser::T__34)
      | (1ULL << RedlineParser::T__36)
      | (1ULL << RedlineParser::T__37)
      | (1ULL << RedlineParser::T__38)
      | (1ULL << RedlineParser::T__43)
      | (1ULL << RedlineParser::T__57)
      | (1ULL << RedlineParser::T__58)
      | (1ULL << RedlineParser::T__60)
      | (1ULL << RedlineParser::T__61)
      | (1ULL << RedlineParser::T__62))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
      | (1ULL << (RedlineParser::T__64 - 64))
      | (1ULL << (RedlineParser::T__65 - 64))
      | (1ULL << (RedlineParser::T__66 - 64))
      | (1ULL << (RedlineParser::T__67 - 64))
      | (1ULL << (RedlineParser::T__68 - 64))
      | (1ULL << (RedlineParser::T__69 - 64))
      | (1ULL << (RedlineParser::T__70 - 64))
      | (1ULL << (RedlineParser::T__89 - 64))
      | (1ULL << (RedlineParser::T__90 - 64))
      | (1ULL << (RedlineParser::T__92 - 64))
      | (1ULL << (RedlineParser::KEY - 64))
      | (1ULL << (RedlineParser::OUTPUT - 64))
      | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
      setState(165);
      fieldDecl();
      setState(170);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(171);
    match(RedlineParser::T__10);
   
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
    setState(174);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 17, _ctx)) {
    case 1: {
      setState(173);
      match(RedlineParser::KEY);
      break;
    }

    }
    setState(176);
    name();
    setState(177);
    match(RedlineParser::T__12);
    setState(178);
    type();
    setState(182);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__13) {
      setState(179);
      fieldCheck();
      setState(184);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(185);
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
    setState(187);
    match(RedlineParser::T__13);
    setState(188);
    compareOp();
    setState(189);
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
    setState(207);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 22, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<TypeContext *>(_tracker.createInstance<RedlineParser::SetTypeContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(191);
      match(RedlineParser::T__14);
      setState(192);
      match(RedlineParser::T__15);
      setState(193);
      name();
      setState(195);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::QUESTION) {
        setState(194);
        match(RedlineParser::QUESTION);
      }
      break;
    }

    case 2: {
      _localctx = dynamic_cast<TypeContext *>(_tracker.createInstance<RedlineParser::ScaleTypeContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(197);
      match(RedlineParser::T__16);
      setState(198);
      match(RedlineParser::T__15);
      setState(199);
      name();
      setState(201);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::QUESTION) {
        setState(200);
        match(RedlineParser::QUESTION);
      }
      break;
    }

    case 3: {
      _localctx = dynamic_cast<TypeContext *>(_tracker.createInstance<RedlineParser::NamedTypeContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(203);
      name();
      setState(205);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::QUESTION) {
        setState(204);
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
    setState(209);
    match(RedlineParser::T__17);
    setState(210);
    name();
    setState(211);
    match(RedlineParser::T__12);
    setState(212);
    type();
    setState(214);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(213);
      match(RedlineParser::CITATION);
    }
    setState(219);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__28

    || _la == RedlineParser::T__29) {
      setState(216);
      annotation();
      setState(221);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(222);
    match(RedlineParser::T__18);
    setState(223);
    paramValues();
    setState(224);
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
    setState(269);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 32, _ctx)) {
    case 1: {
      enterOuterAlt(_localctx, 1);
      setState(228);
      _errHandler->sync(this);
      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 25, _ctx)) {
      case 1: {
        setState(226);
        expr(0);
        break;
      }

      case 2: {
        setState(227);
        scaleValue();
        break;
      }

      }
      setState(240);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == RedlineParser::T__19) {
        setState(230);
        match(RedlineParser::T__19);
        setState(231);
        match(RedlineParser::DATE);
        setState(232);
        match(RedlineParser::T__9);
        setState(233);
        match(RedlineParser::T__20);
        setState(236);
        _errHandler->sync(this);
        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 26, _ctx)) {
        case 1: {
          setState(234);
          expr(0);
          break;
        }

        case 2: {
          setState(235);
          scaleValue();
          break;
        }

        }
        setState(242);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      break;
    }

    case 2: {
      enterOuterAlt(_localctx, 2);
      setState(243);
      match(RedlineParser::T__8);
      setState(244);
      match(RedlineParser::T__21);
      setState(245);
      match(RedlineParser::DATE);
      setState(246);
      match(RedlineParser::T__12);
      setState(249);
      _errHandler->sync(this);
      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 28, _ctx)) {
      case 1: {
        setState(247);
        expr(0);
        break;
      }

      case 2: {
        setState(248);
        scaleValue();
        break;
      }

      }
      setState(261);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 30, _ctx);
      while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
        if (alt == 1) {
          setState(251);
          match(RedlineParser::T__9);
          setState(252);
          match(RedlineParser::T__21);
          setState(253);
          match(RedlineParser::DATE);
          setState(254);
          match(RedlineParser::T__12);
          setState(257);
          _errHandler->sync(this);
          switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 29, _ctx)) {
          case 1: {
            setState(255);
            expr(0);
            break;
          }

          case 2: {
            setState(256);
            scaleValue();
            break;
          }

          } 
        }
        setState(263);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 30, _ctx);
      }
      setState(265);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__9) {
        setState(264);
        match(RedlineParser::T__9);
      }
      setState(267);
      match(RedlineParser::T__10);
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
    setState(271);
    match(RedlineParser::T__8);
    setState(272);
    scaleBracket();
    setState(277);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 33, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(273);
        match(RedlineParser::T__9);
        setState(274);
        scaleBracket(); 
      }
      setState(279);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 33, _ctx);
    }
    setState(281);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__9) {
      setState(280);
      match(RedlineParser::T__9);
    }
    setState(283);
    match(RedlineParser::T__10);
   
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
    setState(285);
    expr(0);
    setState(286);
    match(RedlineParser::T__12);
    setState(287);
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
    setState(289);
    match(RedlineParser::T__22);
    setState(290);
    name();
    setState(291);
    match(RedlineParser::T__12);
    setState(292);
    type();
    setState(294);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(293);
      match(RedlineParser::CITATION);
    }
    setState(299);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__28

    || _la == RedlineParser::T__29) {
      setState(296);
      annotation();
      setState(301);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(302);
    match(RedlineParser::T__18);
    setState(303);
    expr(0);
    setState(308);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__9) {
      setState(304);
      match(RedlineParser::T__9);
      setState(305);
      expr(0);
      setState(310);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(311);
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
    setState(314);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::OUTPUT) {
      setState(313);
      match(RedlineParser::OUTPUT);
    }
    setState(316);
    dynamic_cast<RuleDeclContext *>(_localctx)->kind = _input->LT(1);
    _la = _input->LA(1);
    if (!(_la == RedlineParser::T__23

    || _la == RedlineParser::T__24)) {
      dynamic_cast<RuleDeclContext *>(_localctx)->kind = _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(317);
    name();
    setState(318);
    match(RedlineParser::T__25);
    setState(327);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
      | (1ULL << RedlineParser::T__4)
      | (1ULL << RedlineParser::T__5)
      | (1ULL << RedlineParser::T__14)
      | (1ULL << RedlineParser::T__15)
      | (1ULL << RedlineParser::T__16)
      | (1ULL << RedlineParser::T__19)
      | (1ULL << RedlineParser::T__21)
      | (1ULL << RedlineParser::T__27)
      | (1ULL << RedlineParser::T__28)
      | (1ULL << RedlineParser::T__29)
      | (1ULL << RedlineParser::T__31)
      | (1ULL << RedlineParser::T__34)
      | (1ULL << RedlineParser::T__36)
      | (1ULL << RedlineParser::T__37)
      | (1ULL << RedlineParser::T__38)
      | (1ULL << RedlineParser::T__43)
      | (1ULL << RedlineParser::T__57)
      | (1ULL << RedlineParser::T__58)
      | (1ULL << RedlineParser::T__60)
      | (1ULL << RedlineParser::T__61)
      | (1ULL << RedlineParser::T__62))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
      | (1ULL << (RedlineParser::T__64 - 64))
      | (1ULL << (RedlineParser::T__65 - 64))
      | (1ULL << (RedlineParser::T__66 - 64))
      | (1ULL << (RedlineParser::T__67 - 64))
      | (1ULL << (RedlineParser::T__68 - 64))
      | (1ULL << (RedlineParser::T__69 - 64))
      | (1ULL << (RedlineParser::T__70 - 64))
      | (1ULL << (RedlineParser::T__89 - 64))
      | (1ULL << (RedlineParser::T__90 - 64))
      | (1ULL << (RedlineParser::T__92 - 64))
      | (1ULL << (RedlineParser::KEY - 64))
      | (1ULL << (RedlineParser::OUTPUT - 64))
      | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
      setState(319);
      ruleParam();
      setState(324);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == RedlineParser::T__9) {
        setState(320);
        match(RedlineParser::T__9);
        setState(321);
        ruleParam();
        setState(326);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
    }
    setState(329);
    match(RedlineParser::T__26);
    setState(332);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__12) {
      setState(330);
      match(RedlineParser::T__12);
      setState(331);
      type();
    }
    setState(335);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::STRING) {
      setState(334);
      match(RedlineParser::STRING);
    }
    setState(338);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(337);
      match(RedlineParser::CITATION);
    }
    setState(343);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__28

    || _la == RedlineParser::T__29) {
      setState(340);
      annotation();
      setState(345);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(347);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__27) {
      setState(346);
      dueClause();
    }
    setState(349);
    match(RedlineParser::T__18);
    setState(350);
    ruleBody();
    setState(354);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__30) {
      setState(351);
      exceptionClause();
      setState(356);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(357);
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
    setState(359);
    name();
    setState(360);
    match(RedlineParser::T__12);
    setState(361);
    type();
   
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
  enterRule(_localctx, 32, RedlineParser::RuleDueClause);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(363);
    match(RedlineParser::T__27);
    setState(364);
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
  enterRule(_localctx, 34, RedlineParser::RuleRuleBody);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(368);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__33: {
        enterOuterAlt(_localctx, 1);
        setState(366);
        tableExpr();
        break;
      }

      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__8:
      case RedlineParser::T__14:
      case RedlineParser::T__15:
      case RedlineParser::T__16:
      case RedlineParser::T__19:
      case RedlineParser::T__21:
      case RedlineParser::T__25:
      case RedlineParser::T__27:
      case RedlineParser::T__28:
      case RedlineParser::T__29:
      case RedlineParser::T__31:
      case RedlineParser::T__34:
      case RedlineParser::T__35:
      case RedlineParser::T__36:
      case RedlineParser::T__37:
      case RedlineParser::T__38:
      case RedlineParser::T__39:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__43:
      case RedlineParser::T__57:
      case RedlineParser::T__58:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__62:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__71:
      case RedlineParser::T__81:
      case RedlineParser::T__83:
      case RedlineParser::T__86:
      case RedlineParser::T__87:
      case RedlineParser::T__88:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::T__95:
      case RedlineParser::KEY:
      case RedlineParser::OUTPUT:
      case RedlineParser::NOT:
      case RedlineParser::STRING:
      case RedlineParser::DATE:
      case RedlineParser::DECIMAL:
      case RedlineParser::INT:
      case RedlineParser::IDENT: {
        enterOuterAlt(_localctx, 2);
        setState(367);
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
  enterRule(_localctx, 36, RedlineParser::RuleAnnotation);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(370);
    dynamic_cast<AnnotationContext *>(_localctx)->kind = _input->LT(1);
    _la = _input->LA(1);
    if (!(_la == RedlineParser::T__28

    || _la == RedlineParser::T__29)) {
      dynamic_cast<AnnotationContext *>(_localctx)->kind = _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(371);
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
  enterRule(_localctx, 38, RedlineParser::RuleExceptionClause);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(373);
    match(RedlineParser::T__30);
    setState(374);
    name();
    setState(377);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::T__31) {
      setState(375);
      match(RedlineParser::T__31);
      setState(376);
      name();
    }
    setState(380);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(379);
      match(RedlineParser::CITATION);
    }
    setState(385);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__28

    || _la == RedlineParser::T__29) {
      setState(382);
      annotation();
      setState(387);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(388);
    match(RedlineParser::T__32);
    setState(389);
    expr(0);
    setState(390);
    match(RedlineParser::T__20);
    setState(391);
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
  enterRule(_localctx, 40, RedlineParser::RuleTableExpr);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(393);
    match(RedlineParser::T__33);
    setState(394);
    hitPolicy();
    setState(395);
    match(RedlineParser::T__25);
    setState(396);
    expr(0);
    setState(401);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__9) {
      setState(397);
      match(RedlineParser::T__9);
      setState(398);
      expr(0);
      setState(403);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(404);
    match(RedlineParser::T__26);
    setState(405);
    match(RedlineParser::T__8);
    setState(409);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
      | (1ULL << RedlineParser::T__4)
      | (1ULL << RedlineParser::T__5)
      | (1ULL << RedlineParser::T__8)
      | (1ULL << RedlineParser::T__14)
      | (1ULL << RedlineParser::T__15)
      | (1ULL << RedlineParser::T__16)
      | (1ULL << RedlineParser::T__19)
      | (1ULL << RedlineParser::T__21)
      | (1ULL << RedlineParser::T__25)
      | (1ULL << RedlineParser::T__27)
      | (1ULL << RedlineParser::T__28)
      | (1ULL << RedlineParser::T__29)
      | (1ULL << RedlineParser::T__31)
      | (1ULL << RedlineParser::T__34)
      | (1ULL << RedlineParser::T__35)
      | (1ULL << RedlineParser::T__36)
      | (1ULL << RedlineParser::T__37)
      | (1ULL << RedlineParser::T__38)
      | (1ULL << RedlineParser::T__39)
      | (1ULL << RedlineParser::T__40)
      | (1ULL << RedlineParser::T__41)
      | (1ULL << RedlineParser::T__42)
      | (1ULL << RedlineParser::T__43)
      | (1ULL << RedlineParser::T__45)
      | (1ULL << RedlineParser::T__46)
      | (1ULL << RedlineParser::T__47)
      | (1ULL << RedlineParser::T__48)
      | (1ULL << RedlineParser::T__49)
      | (1ULL << RedlineParser::T__50)
      | (1ULL << RedlineParser::T__51)
      | (1ULL << RedlineParser::T__52)
      | (1ULL << RedlineParser::T__57)
      | (1ULL << RedlineParser::T__58)
      | (1ULL << RedlineParser::T__60)
      | (1ULL << RedlineParser::T__61)
      | (1ULL << RedlineParser::T__62))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
      | (1ULL << (RedlineParser::T__64 - 64))
      | (1ULL << (RedlineParser::T__65 - 64))
      | (1ULL << (RedlineParser::T__66 - 64))
      | (1ULL << (RedlineParser::T__67 - 64))
      | (1ULL << (RedlineParser::T__68 - 64))
      | (1ULL << (RedlineParser::T__69 - 64))
      | (1ULL << (RedlineParser::T__70 - 64))
      | (1ULL << (RedlineParser::T__71 - 64))
      | (1ULL << (RedlineParser::T__81 - 64))
      | (1ULL << (RedlineParser::T__83 - 64))
      | (1ULL << (RedlineParser::T__86 - 64))
      | (1ULL << (RedlineParser::T__87 - 64))
      | (1ULL << (RedlineParser::T__88 - 64))
      | (1ULL << (RedlineParser::T__89 - 64))
      | (1ULL << (RedlineParser::T__90 - 64))
      | (1ULL << (RedlineParser::T__92 - 64))
      | (1ULL << (RedlineParser::T__93 - 64))
      | (1ULL << (RedlineParser::T__95 - 64))
      | (1ULL << (RedlineParser::KEY - 64))
      | (1ULL << (RedlineParser::OUTPUT - 64))
      | (1ULL << (RedlineParser::NOT - 64))
      | (1ULL << (RedlineParser::INTERVAL - 64))
      | (1ULL << (RedlineParser::STRING - 64))
      | (1ULL << (RedlineParser::DATE - 64))
      | (1ULL << (RedlineParser::DECIMAL - 64))
      | (1ULL << (RedlineParser::INT - 64))
      | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
      setState(406);
      tableRow();
      setState(411);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(412);
    match(RedlineParser::T__10);
   
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
  enterRule(_localctx, 42, RedlineParser::RuleHitPolicy);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(424);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__34: {
        enterOuterAlt(_localctx, 1);
        setState(414);
        match(RedlineParser::T__34);
        break;
      }

      case RedlineParser::T__35: {
        enterOuterAlt(_localctx, 2);
        setState(415);
        match(RedlineParser::T__35);
        break;
      }

      case RedlineParser::T__36: {
        enterOuterAlt(_localctx, 3);
        setState(416);
        match(RedlineParser::T__36);
        break;
      }

      case RedlineParser::T__37: {
        enterOuterAlt(_localctx, 4);
        setState(417);
        match(RedlineParser::T__37);
        break;
      }

      case RedlineParser::T__38: {
        enterOuterAlt(_localctx, 5);
        setState(418);
        match(RedlineParser::T__38);
        setState(419);
        dynamic_cast<HitPolicyContext *>(_localctx)->agg = _input->LT(1);
        _la = _input->LA(1);
        if (!((((_la & ~ 0x3fULL) == 0) &&
          ((1ULL << _la) & ((1ULL << RedlineParser::T__39)
          | (1ULL << RedlineParser::T__40)
          | (1ULL << RedlineParser::T__41)
          | (1ULL << RedlineParser::T__42))) != 0))) {
          dynamic_cast<HitPolicyContext *>(_localctx)->agg = _errHandler->recoverInline(this);
        }
        else {
          _errHandler->reportMatch(this);
          consume();
        }
        break;
      }

      case RedlineParser::T__23: {
        enterOuterAlt(_localctx, 6);
        setState(420);
        match(RedlineParser::T__23);
        setState(421);
        match(RedlineParser::T__43);
        break;
      }

      case RedlineParser::OUTPUT: {
        enterOuterAlt(_localctx, 7);
        setState(422);
        match(RedlineParser::OUTPUT);
        setState(423);
        match(RedlineParser::T__43);
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
  enterRule(_localctx, 44, RedlineParser::RuleTableRow);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(454);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__8:
      case RedlineParser::T__14:
      case RedlineParser::T__15:
      case RedlineParser::T__16:
      case RedlineParser::T__19:
      case RedlineParser::T__21:
      case RedlineParser::T__25:
      case RedlineParser::T__27:
      case RedlineParser::T__28:
      case RedlineParser::T__29:
      case RedlineParser::T__31:
      case RedlineParser::T__34:
      case RedlineParser::T__35:
      case RedlineParser::T__36:
      case RedlineParser::T__37:
      case RedlineParser::T__38:
      case RedlineParser::T__39:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__43:
      case RedlineParser::T__46:
      case RedlineParser::T__47:
      case RedlineParser::T__48:
      case RedlineParser::T__49:
      case RedlineParser::T__50:
      case RedlineParser::T__51:
      case RedlineParser::T__52:
      case RedlineParser::T__57:
      case RedlineParser::T__58:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__62:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__71:
      case RedlineParser::T__81:
      case RedlineParser::T__83:
      case RedlineParser::T__86:
      case RedlineParser::T__87:
      case RedlineParser::T__88:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::T__95:
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
        setState(429);
        _errHandler->sync(this);

        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 54, _ctx)) {
        case 1: {
          setState(426);
          name();
          setState(427);
          match(RedlineParser::T__12);
          break;
        }

        }
        setState(431);
        cell();
        setState(436);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__9) {
          setState(432);
          match(RedlineParser::T__9);
          setState(433);
          cell();
          setState(438);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(439);
        match(RedlineParser::T__44);
        setState(440);
        expr(0);
        setState(442);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(441);
          match(RedlineParser::CITATION);
        }
        setState(444);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__45: {
        _localctx = dynamic_cast<TableRowContext *>(_tracker.createInstance<RedlineParser::OtherwiseRowContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(446);
        match(RedlineParser::T__45);
        setState(447);
        match(RedlineParser::T__44);
        setState(448);
        expr(0);
        setState(450);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(449);
          match(RedlineParser::CITATION);
        }
        setState(452);
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
  enterRule(_localctx, 46, RedlineParser::RuleCell);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(469);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 60, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::AnyCellContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(456);
      match(RedlineParser::T__46);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::CompareCellContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(457);
      compareOp();
      setState(458);
      expr(0);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::IntervalCellContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(460);
      match(RedlineParser::INTERVAL);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::ValueCellContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(461);
      expr(0);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<CellContext *>(_tracker.createInstance<RedlineParser::OrCellContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(462);
      cellTest();
      setState(465); 
      _errHandler->sync(this);
      _la = _input->LA(1);
      do {
        setState(463);
        match(RedlineParser::OR);
        setState(464);
        cellTest();
        setState(467); 
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
  enterRule(_localctx, 48, RedlineParser::RuleCellTest);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(476);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__47:
      case RedlineParser::T__48:
      case RedlineParser::T__49:
      case RedlineParser::T__50:
      case RedlineParser::T__51:
      case RedlineParser::T__52: {
        enterOuterAlt(_localctx, 1);
        setState(471);
        compareOp();
        setState(472);
        expr(0);
        break;
      }

      case RedlineParser::INTERVAL: {
        enterOuterAlt(_localctx, 2);
        setState(474);
        match(RedlineParser::INTERVAL);
        break;
      }

      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__8:
      case RedlineParser::T__14:
      case RedlineParser::T__15:
      case RedlineParser::T__16:
      case RedlineParser::T__19:
      case RedlineParser::T__21:
      case RedlineParser::T__25:
      case RedlineParser::T__27:
      case RedlineParser::T__28:
      case RedlineParser::T__29:
      case RedlineParser::T__31:
      case RedlineParser::T__34:
      case RedlineParser::T__35:
      case RedlineParser::T__36:
      case RedlineParser::T__37:
      case RedlineParser::T__38:
      case RedlineParser::T__39:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__43:
      case RedlineParser::T__57:
      case RedlineParser::T__58:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__62:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__71:
      case RedlineParser::T__81:
      case RedlineParser::T__83:
      case RedlineParser::T__86:
      case RedlineParser::T__87:
      case RedlineParser::T__88:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::T__95:
      case RedlineParser::KEY:
      case RedlineParser::OUTPUT:
      case RedlineParser::NOT:
      case RedlineParser::STRING:
      case RedlineParser::DATE:
      case RedlineParser::DECIMAL:
      case RedlineParser::INT:
      case RedlineParser::IDENT: {
        enterOuterAlt(_localctx, 3);
        setState(475);
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
  enterRule(_localctx, 50, RedlineParser::RuleCompareOp);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(478);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__47)
      | (1ULL << RedlineParser::T__48)
      | (1ULL << RedlineParser::T__49)
      | (1ULL << RedlineParser::T__50)
      | (1ULL << RedlineParser::T__51)
      | (1ULL << RedlineParser::T__52))) != 0))) {
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
  enterRule(_localctx, 52, RedlineParser::RuleAmendment);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(545);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 70, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::ReplaceAmendmentContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(480);
      match(RedlineParser::T__53);
      setState(481);
      amendable();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::InsertAmendmentContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(482);
      match(RedlineParser::T__54);
      setState(483);
      amendable();
      break;
    }

    case 3: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::RepealDeclContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(484);
      match(RedlineParser::T__55);
      setState(485);
      dynamic_cast<RepealDeclContext *>(_localctx)->target = _input->LT(1);
      _la = _input->LA(1);
      if (!((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << RedlineParser::T__11)
        | (1ULL << RedlineParser::T__17)
        | (1ULL << RedlineParser::T__22)
        | (1ULL << RedlineParser::T__23)
        | (1ULL << RedlineParser::T__24))) != 0))) {
        dynamic_cast<RepealDeclContext *>(_localctx)->target = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(486);
      name();
      setState(488);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(487);
        match(RedlineParser::CITATION);
      }
      setState(490);
      match(RedlineParser::T__1);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::RepealExceptionContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(492);
      match(RedlineParser::T__55);
      setState(493);
      match(RedlineParser::T__30);
      setState(494);
      name();
      setState(495);
      match(RedlineParser::T__56);
      setState(496);
      name();
      setState(498);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(497);
        match(RedlineParser::CITATION);
      }
      setState(500);
      match(RedlineParser::T__1);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::RepealRowContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(502);
      match(RedlineParser::T__55);
      setState(503);
      match(RedlineParser::T__57);
      setState(504);
      name();
      setState(505);
      match(RedlineParser::T__56);
      setState(506);
      name();
      setState(508);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(507);
        match(RedlineParser::CITATION);
      }
      setState(510);
      match(RedlineParser::T__1);
      break;
    }

    case 6: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::RepealFieldContext>(_localctx));
      enterOuterAlt(_localctx, 6);
      setState(512);
      match(RedlineParser::T__55);
      setState(513);
      match(RedlineParser::T__58);
      setState(514);
      name();
      setState(515);
      match(RedlineParser::T__56);
      setState(516);
      name();
      setState(518);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(517);
        match(RedlineParser::CITATION);
      }
      setState(520);
      match(RedlineParser::T__1);
      break;
    }

    case 7: {
      _localctx = dynamic_cast<AmendmentContext *>(_tracker.createInstance<RedlineParser::SubstituteParamContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(522);
      match(RedlineParser::T__59);
      setState(523);
      match(RedlineParser::T__17);
      setState(524);
      name();
      setState(527);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__60) {
        setState(525);
        match(RedlineParser::T__60);
        setState(526);
        match(RedlineParser::INT);
      }
      setState(530);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::CITATION) {
        setState(529);
        match(RedlineParser::CITATION);
      }
      setState(535);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == RedlineParser::T__28

      || _la == RedlineParser::T__29) {
        setState(532);
        annotation();
        setState(537);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      setState(538);
      match(RedlineParser::T__18);
      setState(541);
      _errHandler->sync(this);
      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 69, _ctx)) {
      case 1: {
        setState(539);
        scaleBracket();
        break;
      }

      case 2: {
        setState(540);
        paramValues();
        break;
      }

      }
      setState(543);
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
  enterRule(_localctx, 54, RedlineParser::RuleAmendable);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(622);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__23:
      case RedlineParser::T__24:
      case RedlineParser::OUTPUT: {
        enterOuterAlt(_localctx, 1);
        setState(547);
        ruleDecl();
        break;
      }

      case RedlineParser::T__17: {
        enterOuterAlt(_localctx, 2);
        setState(548);
        paramDecl();
        break;
      }

      case RedlineParser::T__22: {
        enterOuterAlt(_localctx, 3);
        setState(549);
        cycleDecl();
        break;
      }

      case RedlineParser::T__7: {
        enterOuterAlt(_localctx, 4);
        setState(550);
        enumDecl();
        break;
      }

      case RedlineParser::T__11: {
        enterOuterAlt(_localctx, 5);
        setState(551);
        entityDecl();
        break;
      }

      case RedlineParser::T__58: {
        enterOuterAlt(_localctx, 6);
        setState(552);
        match(RedlineParser::T__58);
        setState(553);
        name();
        setState(554);
        match(RedlineParser::T__56);
        setState(555);
        name();
        setState(556);
        match(RedlineParser::T__12);
        setState(557);
        type();
        setState(561);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__13) {
          setState(558);
          fieldCheck();
          setState(563);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(565);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(564);
          match(RedlineParser::CITATION);
        }
        setState(570);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__28

        || _la == RedlineParser::T__29) {
          setState(567);
          annotation();
          setState(572);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(573);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__30: {
        enterOuterAlt(_localctx, 7);
        setState(575);
        match(RedlineParser::T__30);
        setState(576);
        name();
        setState(577);
        match(RedlineParser::T__56);
        setState(578);
        name();
        setState(581);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__31) {
          setState(579);
          match(RedlineParser::T__31);
          setState(580);
          name();
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
        while (_la == RedlineParser::T__28

        || _la == RedlineParser::T__29) {
          setState(586);
          annotation();
          setState(591);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(592);
        match(RedlineParser::T__32);
        setState(593);
        expr(0);
        setState(594);
        match(RedlineParser::T__20);
        setState(595);
        expr(0);
        setState(596);
        match(RedlineParser::T__1);
        break;
      }

      case RedlineParser::T__57: {
        enterOuterAlt(_localctx, 8);
        setState(598);
        match(RedlineParser::T__57);
        setState(599);
        name();
        setState(600);
        match(RedlineParser::T__56);
        setState(601);
        name();
        setState(604);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__61

        || _la == RedlineParser::T__62) {
          setState(602);
          dynamic_cast<AmendableContext *>(_localctx)->position = _input->LT(1);
          _la = _input->LA(1);
          if (!(_la == RedlineParser::T__61

          || _la == RedlineParser::T__62)) {
            dynamic_cast<AmendableContext *>(_localctx)->position = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(603);
          name();
        }
        setState(606);
        match(RedlineParser::T__12);
        setState(607);
        cell();
        setState(612);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__9) {
          setState(608);
          match(RedlineParser::T__9);
          setState(609);
          cell();
          setState(614);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        setState(615);
        match(RedlineParser::T__44);
        setState(616);
        expr(0);
        setState(618);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::CITATION) {
          setState(617);
          match(RedlineParser::CITATION);
        }
        setState(620);
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
  enterRule(_localctx, 56, RedlineParser::RuleTestDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(624);
    match(RedlineParser::T__63);
    setState(625);
    name();
    setState(627);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::STRING) {
      setState(626);
      match(RedlineParser::STRING);
    }
    setState(630);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == RedlineParser::CITATION) {
      setState(629);
      match(RedlineParser::CITATION);
    }
    setState(632);
    match(RedlineParser::T__8);
    setState(636);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (((((_la - 18) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 18)) & ((1ULL << (RedlineParser::T__17 - 18))
      | (1ULL << (RedlineParser::T__64 - 18))
      | (1ULL << (RedlineParser::T__66 - 18))
      | (1ULL << (RedlineParser::T__68 - 18))
      | (1ULL << (RedlineParser::T__69 - 18)))) != 0)) {
      setState(633);
      testItem();
      setState(638);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(639);
    match(RedlineParser::T__10);
   
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
  enterRule(_localctx, 58, RedlineParser::RuleTestItem);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    setState(695);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 88, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::GivenItemContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(641);
      match(RedlineParser::T__64);
      setState(642);
      name();
      setState(643);
      name();
      setState(644);
      match(RedlineParser::T__8);
      setState(656);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
        | (1ULL << RedlineParser::T__4)
        | (1ULL << RedlineParser::T__5)
        | (1ULL << RedlineParser::T__14)
        | (1ULL << RedlineParser::T__15)
        | (1ULL << RedlineParser::T__16)
        | (1ULL << RedlineParser::T__19)
        | (1ULL << RedlineParser::T__21)
        | (1ULL << RedlineParser::T__27)
        | (1ULL << RedlineParser::T__28)
        | (1ULL << RedlineParser::T__29)
        | (1ULL << RedlineParser::T__31)
        | (1ULL << RedlineParser::T__34)
        | (1ULL << RedlineParser::T__36)
        | (1ULL << RedlineParser::T__37)
        | (1ULL << RedlineParser::T__38)
        | (1ULL << RedlineParser::T__43)
        | (1ULL << RedlineParser::T__57)
        | (1ULL << RedlineParser::T__58)
        | (1ULL << RedlineParser::T__60)
        | (1ULL << RedlineParser::T__61)
        | (1ULL << RedlineParser::T__62))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
        | (1ULL << (RedlineParser::T__64 - 64))
        | (1ULL << (RedlineParser::T__65 - 64))
        | (1ULL << (RedlineParser::T__66 - 64))
        | (1ULL << (RedlineParser::T__67 - 64))
        | (1ULL << (RedlineParser::T__68 - 64))
        | (1ULL << (RedlineParser::T__69 - 64))
        | (1ULL << (RedlineParser::T__70 - 64))
        | (1ULL << (RedlineParser::T__89 - 64))
        | (1ULL << (RedlineParser::T__90 - 64))
        | (1ULL << (RedlineParser::T__92 - 64))
        | (1ULL << (RedlineParser::KEY - 64))
        | (1ULL << (RedlineParser::OUTPUT - 64))
        | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
        setState(645);
        fieldValue();
        setState(650);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 84, _ctx);
        while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
          if (alt == 1) {
            setState(646);
            match(RedlineParser::T__9);
            setState(647);
            fieldValue(); 
          }
          setState(652);
          _errHandler->sync(this);
          alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 84, _ctx);
        }
        setState(654);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__9) {
          setState(653);
          match(RedlineParser::T__9);
        }
      }
      setState(658);
      match(RedlineParser::T__10);
      setState(660);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__1) {
        setState(659);
        match(RedlineParser::T__1);
      }
      break;
    }

    case 2: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::GivenDataItemContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(662);
      match(RedlineParser::T__64);
      setState(663);
      match(RedlineParser::T__65);
      setState(664);
      name();
      setState(665);
      match(RedlineParser::T__21);
      setState(666);
      match(RedlineParser::STRING);
      setState(667);
      match(RedlineParser::T__1);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::ExpectItemContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(669);
      match(RedlineParser::T__66);
      setState(670);
      name();
      setState(671);
      match(RedlineParser::T__25);
      setState(672);
      name();
      setState(673);
      match(RedlineParser::T__26);
      setState(674);
      match(RedlineParser::T__47);
      setState(675);
      expr(0);
      setState(676);
      match(RedlineParser::T__1);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::ExpectErrorItemContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(678);
      match(RedlineParser::T__66);
      setState(679);
      match(RedlineParser::T__67);
      setState(680);
      match(RedlineParser::STRING);
      setState(681);
      match(RedlineParser::T__1);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::AmendItemContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(682);
      match(RedlineParser::T__68);
      setState(683);
      match(RedlineParser::STRING);
      setState(684);
      match(RedlineParser::T__1);
      break;
    }

    case 6: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::AsOfItemContext>(_localctx));
      enterOuterAlt(_localctx, 6);
      setState(685);
      match(RedlineParser::T__69);
      setState(686);
      match(RedlineParser::T__15);
      setState(687);
      match(RedlineParser::DATE);
      setState(688);
      match(RedlineParser::T__1);
      break;
    }

    case 7: {
      _localctx = dynamic_cast<TestItemContext *>(_tracker.createInstance<RedlineParser::ParamItemContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(689);
      match(RedlineParser::T__17);
      setState(690);
      name();
      setState(691);
      match(RedlineParser::T__18);
      setState(692);
      expr(0);
      setState(693);
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
  enterRule(_localctx, 60, RedlineParser::RuleFieldValue);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(697);
    name();
    setState(698);
    match(RedlineParser::T__12);
    setState(699);
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
  size_t startState = 62;
  enterRecursionRule(_localctx, 62, RedlineParser::RuleExpr, precedence);

    size_t _la = 0;

  auto onExit = finally([=] {
    unrollRecursionContexts(parentContext);
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(707);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__8:
      case RedlineParser::T__14:
      case RedlineParser::T__15:
      case RedlineParser::T__16:
      case RedlineParser::T__19:
      case RedlineParser::T__21:
      case RedlineParser::T__25:
      case RedlineParser::T__27:
      case RedlineParser::T__28:
      case RedlineParser::T__29:
      case RedlineParser::T__31:
      case RedlineParser::T__34:
      case RedlineParser::T__35:
      case RedlineParser::T__36:
      case RedlineParser::T__37:
      case RedlineParser::T__38:
      case RedlineParser::T__39:
      case RedlineParser::T__40:
      case RedlineParser::T__41:
      case RedlineParser::T__42:
      case RedlineParser::T__43:
      case RedlineParser::T__57:
      case RedlineParser::T__58:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__62:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__81:
      case RedlineParser::T__86:
      case RedlineParser::T__87:
      case RedlineParser::T__88:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__92:
      case RedlineParser::T__93:
      case RedlineParser::T__95:
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

        setState(702);
        primary();
        break;
      }

      case RedlineParser::T__71: {
        _localctx = _tracker.createInstance<NegExprContext>(_localctx);
        _ctx = _localctx;
        previousContext = _localctx;
        setState(703);
        match(RedlineParser::T__71);
        setState(704);
        expr(14);
        break;
      }

      case RedlineParser::T__83:
      case RedlineParser::NOT: {
        _localctx = _tracker.createInstance<NotExprContext>(_localctx);
        _ctx = _localctx;
        previousContext = _localctx;
        setState(705);
        _la = _input->LA(1);
        if (!(_la == RedlineParser::T__83

        || _la == RedlineParser::NOT)) {
        _errHandler->recoverInline(this);
        }
        else {
          _errHandler->reportMatch(this);
          consume();
        }
        setState(706);
        expr(3);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
    _ctx->stop = _input->LT(-1);
    setState(763);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 94, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        if (!_parseListeners.empty())
          triggerExitRuleEvent();
        previousContext = _localctx;
        setState(761);
        _errHandler->sync(this);
        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 93, _ctx)) {
        case 1: {
          auto newContext = _tracker.createInstance<AtExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(709);

          if (!(precpred(_ctx, 15))) throw FailedPredicateException(this, "precpred(_ctx, 15)");
          setState(710);
          match(RedlineParser::T__70);
          setState(711);
          expr(16);
          break;
        }

        case 2: {
          auto newContext = _tracker.createInstance<MulExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(712);

          if (!(precpred(_ctx, 13))) throw FailedPredicateException(this, "precpred(_ctx, 13)");
          setState(713);
          dynamic_cast<MulExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!(((((_la - 73) & ~ 0x3fULL) == 0) &&
            ((1ULL << (_la - 73)) & ((1ULL << (RedlineParser::T__72 - 73))
            | (1ULL << (RedlineParser::T__73 - 73))
            | (1ULL << (RedlineParser::T__74 - 73)))) != 0))) {
            dynamic_cast<MulExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(714);
          expr(14);
          break;
        }

        case 3: {
          auto newContext = _tracker.createInstance<AddExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(715);

          if (!(precpred(_ctx, 12))) throw FailedPredicateException(this, "precpred(_ctx, 12)");
          setState(716);
          dynamic_cast<AddExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!(_la == RedlineParser::T__71

          || _la == RedlineParser::T__75)) {
            dynamic_cast<AddExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(717);
          expr(13);
          break;
        }

        case 4: {
          auto newContext = _tracker.createInstance<CoalesceExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(718);

          if (!(precpred(_ctx, 11))) throw FailedPredicateException(this, "precpred(_ctx, 11)");
          setState(719);
          match(RedlineParser::T__76);
          setState(720);
          expr(12);
          break;
        }

        case 5: {
          auto newContext = _tracker.createInstance<CompareExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(721);

          if (!(precpred(_ctx, 10))) throw FailedPredicateException(this, "precpred(_ctx, 10)");
          setState(722);
          compareOp();
          setState(723);
          expr(11);
          break;
        }

        case 6: {
          auto newContext = _tracker.createInstance<AssignMistakeContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(725);

          if (!(precpred(_ctx, 9))) throw FailedPredicateException(this, "precpred(_ctx, 9)");
          setState(726);
          match(RedlineParser::T__18);
          setState(727);
          expr(10);
          break;
        }

        case 7: {
          auto newContext = _tracker.createInstance<InExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(728);

          if (!(precpred(_ctx, 8))) throw FailedPredicateException(this, "precpred(_ctx, 8)");
          setState(730);
          _errHandler->sync(this);

          _la = _input->LA(1);
          if (_la == RedlineParser::NOT) {
            setState(729);
            match(RedlineParser::NOT);
          }
          setState(732);
          match(RedlineParser::T__77);
          setState(733);
          expr(9);
          break;
        }

        case 8: {
          auto newContext = _tracker.createInstance<WithinExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(734);

          if (!(precpred(_ctx, 7))) throw FailedPredicateException(this, "precpred(_ctx, 7)");
          setState(735);
          match(RedlineParser::T__78);
          setState(736);
          expr(8);
          break;
        }

        case 9: {
          auto newContext = _tracker.createInstance<OverlapsExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(737);

          if (!(precpred(_ctx, 6))) throw FailedPredicateException(this, "precpred(_ctx, 6)");
          setState(738);
          match(RedlineParser::T__79);
          setState(739);
          expr(7);
          break;
        }

        case 10: {
          auto newContext = _tracker.createInstance<AndExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(740);

          if (!(precpred(_ctx, 2))) throw FailedPredicateException(this, "precpred(_ctx, 2)");
          setState(741);
          _la = _input->LA(1);
          if (!(_la == RedlineParser::T__84

          || _la == RedlineParser::AND)) {
          _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(742);
          expr(3);
          break;
        }

        case 11: {
          auto newContext = _tracker.createInstance<OrExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(743);

          if (!(precpred(_ctx, 1))) throw FailedPredicateException(this, "precpred(_ctx, 1)");
          setState(744);
          _la = _input->LA(1);
          if (!(_la == RedlineParser::T__85

          || _la == RedlineParser::OR)) {
          _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(745);
          expr(2);
          break;
        }

        case 12: {
          auto newContext = _tracker.createInstance<FieldExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(746);

          if (!(precpred(_ctx, 16))) throw FailedPredicateException(this, "precpred(_ctx, 16)");
          setState(747);
          match(RedlineParser::T__56);
          setState(748);
          name();
          break;
        }

        case 13: {
          auto newContext = _tracker.createInstance<IsNoneExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(749);

          if (!(precpred(_ctx, 5))) throw FailedPredicateException(this, "precpred(_ctx, 5)");
          setState(750);
          match(RedlineParser::T__80);
          setState(752);
          _errHandler->sync(this);

          _la = _input->LA(1);
          if (_la == RedlineParser::NOT) {
            setState(751);
            match(RedlineParser::NOT);
          }
          setState(754);
          match(RedlineParser::T__81);
          break;
        }

        case 14: {
          auto newContext = _tracker.createInstance<IsSomeExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(755);

          if (!(precpred(_ctx, 4))) throw FailedPredicateException(this, "precpred(_ctx, 4)");
          setState(756);
          match(RedlineParser::T__80);
          setState(757);
          match(RedlineParser::T__82);
          setState(759);
          _errHandler->sync(this);

          switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 92, _ctx)) {
          case 1: {
            setState(758);
            name();
            break;
          }

          }
          break;
        }

        } 
      }
      setState(765);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 94, _ctx);
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
  enterRule(_localctx, 64, RedlineParser::RulePrimary);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    setState(853);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 104, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::IntLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(766);
      match(RedlineParser::INT);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::DecimalLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(767);
      match(RedlineParser::DECIMAL);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::StringLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(768);
      match(RedlineParser::STRING);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::DateLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(769);
      match(RedlineParser::DATE);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::BoolLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(770);
      _la = _input->LA(1);
      if (!(_la == RedlineParser::T__86

      || _la == RedlineParser::T__87)) {
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
      setState(771);
      match(RedlineParser::T__81);
      break;
    }

    case 7: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::AggregateExprContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(772);
      dynamic_cast<AggregateExprContext *>(_localctx)->agg = _input->LT(1);
      _la = _input->LA(1);
      if (!(((((_la - 36) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 36)) & ((1ULL << (RedlineParser::T__35 - 36))
        | (1ULL << (RedlineParser::T__39 - 36))
        | (1ULL << (RedlineParser::T__40 - 36))
        | (1ULL << (RedlineParser::T__41 - 36))
        | (1ULL << (RedlineParser::T__42 - 36))
        | (1ULL << (RedlineParser::T__88 - 36))
        | (1ULL << (RedlineParser::T__89 - 36))
        | (1ULL << (RedlineParser::T__90 - 36)))) != 0))) {
        dynamic_cast<AggregateExprContext *>(_localctx)->agg = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(773);
      match(RedlineParser::T__25);
      setState(777);
      _errHandler->sync(this);

      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 95, _ctx)) {
      case 1: {
        setState(774);
        expr(0);
        setState(775);
        match(RedlineParser::T__6);
        break;
      }

      }
      setState(779);
      name();
      setState(780);
      match(RedlineParser::T__77);
      setState(781);
      name();
      setState(784);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__91) {
        setState(782);
        match(RedlineParser::T__91);
        setState(783);
        expr(0);
      }
      setState(788);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__92) {
        setState(786);
        match(RedlineParser::T__92);
        setState(787);
        expr(0);
      }
      setState(790);
      match(RedlineParser::T__26);
      break;
    }

    case 8: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::CallExprContext>(_localctx));
      enterOuterAlt(_localctx, 8);
      setState(792);
      name();
      setState(793);
      match(RedlineParser::T__25);
      setState(802);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
        | (1ULL << RedlineParser::T__4)
        | (1ULL << RedlineParser::T__5)
        | (1ULL << RedlineParser::T__8)
        | (1ULL << RedlineParser::T__14)
        | (1ULL << RedlineParser::T__15)
        | (1ULL << RedlineParser::T__16)
        | (1ULL << RedlineParser::T__19)
        | (1ULL << RedlineParser::T__21)
        | (1ULL << RedlineParser::T__25)
        | (1ULL << RedlineParser::T__27)
        | (1ULL << RedlineParser::T__28)
        | (1ULL << RedlineParser::T__29)
        | (1ULL << RedlineParser::T__31)
        | (1ULL << RedlineParser::T__34)
        | (1ULL << RedlineParser::T__35)
        | (1ULL << RedlineParser::T__36)
        | (1ULL << RedlineParser::T__37)
        | (1ULL << RedlineParser::T__38)
        | (1ULL << RedlineParser::T__39)
        | (1ULL << RedlineParser::T__40)
        | (1ULL << RedlineParser::T__41)
        | (1ULL << RedlineParser::T__42)
        | (1ULL << RedlineParser::T__43)
        | (1ULL << RedlineParser::T__57)
        | (1ULL << RedlineParser::T__58)
        | (1ULL << RedlineParser::T__60)
        | (1ULL << RedlineParser::T__61)
        | (1ULL << RedlineParser::T__62))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
        | (1ULL << (RedlineParser::T__64 - 64))
        | (1ULL << (RedlineParser::T__65 - 64))
        | (1ULL << (RedlineParser::T__66 - 64))
        | (1ULL << (RedlineParser::T__67 - 64))
        | (1ULL << (RedlineParser::T__68 - 64))
        | (1ULL << (RedlineParser::T__69 - 64))
        | (1ULL << (RedlineParser::T__70 - 64))
        | (1ULL << (RedlineParser::T__71 - 64))
        | (1ULL << (RedlineParser::T__81 - 64))
        | (1ULL << (RedlineParser::T__83 - 64))
        | (1ULL << (RedlineParser::T__86 - 64))
        | (1ULL << (RedlineParser::T__87 - 64))
        | (1ULL << (RedlineParser::T__88 - 64))
        | (1ULL << (RedlineParser::T__89 - 64))
        | (1ULL << (RedlineParser::T__90 - 64))
        | (1ULL << (RedlineParser::T__92 - 64))
        | (1ULL << (RedlineParser::T__93 - 64))
        | (1ULL << (RedlineParser::T__95 - 64))
        | (1ULL << (RedlineParser::KEY - 64))
        | (1ULL << (RedlineParser::OUTPUT - 64))
        | (1ULL << (RedlineParser::NOT - 64))
        | (1ULL << (RedlineParser::STRING - 64))
        | (1ULL << (RedlineParser::DATE - 64))
        | (1ULL << (RedlineParser::DECIMAL - 64))
        | (1ULL << (RedlineParser::INT - 64))
        | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
        setState(794);
        expr(0);
        setState(799);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__9) {
          setState(795);
          match(RedlineParser::T__9);
          setState(796);
          expr(0);
          setState(801);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
      }
      setState(804);
      match(RedlineParser::T__26);
      break;
    }

    case 9: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::MinMaxExprContext>(_localctx));
      enterOuterAlt(_localctx, 9);
      setState(806);
      dynamic_cast<MinMaxExprContext *>(_localctx)->fn = _input->LT(1);
      _la = _input->LA(1);
      if (!(_la == RedlineParser::T__40

      || _la == RedlineParser::T__41)) {
        dynamic_cast<MinMaxExprContext *>(_localctx)->fn = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(807);
      match(RedlineParser::T__25);
      setState(808);
      expr(0);
      setState(809);
      match(RedlineParser::T__9);
      setState(810);
      expr(0);
      setState(811);
      match(RedlineParser::T__26);
      break;
    }

    case 10: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::NameExprContext>(_localctx));
      enterOuterAlt(_localctx, 10);
      setState(813);
      name();
      break;
    }

    case 11: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::SetLiteralContext>(_localctx));
      enterOuterAlt(_localctx, 11);
      setState(814);
      match(RedlineParser::T__8);
      setState(823);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
        | (1ULL << RedlineParser::T__4)
        | (1ULL << RedlineParser::T__5)
        | (1ULL << RedlineParser::T__8)
        | (1ULL << RedlineParser::T__14)
        | (1ULL << RedlineParser::T__15)
        | (1ULL << RedlineParser::T__16)
        | (1ULL << RedlineParser::T__19)
        | (1ULL << RedlineParser::T__21)
        | (1ULL << RedlineParser::T__25)
        | (1ULL << RedlineParser::T__27)
        | (1ULL << RedlineParser::T__28)
        | (1ULL << RedlineParser::T__29)
        | (1ULL << RedlineParser::T__31)
        | (1ULL << RedlineParser::T__34)
        | (1ULL << RedlineParser::T__35)
        | (1ULL << RedlineParser::T__36)
        | (1ULL << RedlineParser::T__37)
        | (1ULL << RedlineParser::T__38)
        | (1ULL << RedlineParser::T__39)
        | (1ULL << RedlineParser::T__40)
        | (1ULL << RedlineParser::T__41)
        | (1ULL << RedlineParser::T__42)
        | (1ULL << RedlineParser::T__43)
        | (1ULL << RedlineParser::T__57)
        | (1ULL << RedlineParser::T__58)
        | (1ULL << RedlineParser::T__60)
        | (1ULL << RedlineParser::T__61)
        | (1ULL << RedlineParser::T__62))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
        | (1ULL << (RedlineParser::T__64 - 64))
        | (1ULL << (RedlineParser::T__65 - 64))
        | (1ULL << (RedlineParser::T__66 - 64))
        | (1ULL << (RedlineParser::T__67 - 64))
        | (1ULL << (RedlineParser::T__68 - 64))
        | (1ULL << (RedlineParser::T__69 - 64))
        | (1ULL << (RedlineParser::T__70 - 64))
        | (1ULL << (RedlineParser::T__71 - 64))
        | (1ULL << (RedlineParser::T__81 - 64))
        | (1ULL << (RedlineParser::T__83 - 64))
        | (1ULL << (RedlineParser::T__86 - 64))
        | (1ULL << (RedlineParser::T__87 - 64))
        | (1ULL << (RedlineParser::T__88 - 64))
        | (1ULL << (RedlineParser::T__89 - 64))
        | (1ULL << (RedlineParser::T__90 - 64))
        | (1ULL << (RedlineParser::T__92 - 64))
        | (1ULL << (RedlineParser::T__93 - 64))
        | (1ULL << (RedlineParser::T__95 - 64))
        | (1ULL << (RedlineParser::KEY - 64))
        | (1ULL << (RedlineParser::OUTPUT - 64))
        | (1ULL << (RedlineParser::NOT - 64))
        | (1ULL << (RedlineParser::STRING - 64))
        | (1ULL << (RedlineParser::DATE - 64))
        | (1ULL << (RedlineParser::DECIMAL - 64))
        | (1ULL << (RedlineParser::INT - 64))
        | (1ULL << (RedlineParser::IDENT - 64)))) != 0)) {
        setState(815);
        expr(0);
        setState(820);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == RedlineParser::T__9) {
          setState(816);
          match(RedlineParser::T__9);
          setState(817);
          expr(0);
          setState(822);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
      }
      setState(825);
      match(RedlineParser::T__10);
      break;
    }

    case 12: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::ParenExprContext>(_localctx));
      enterOuterAlt(_localctx, 12);
      setState(826);
      match(RedlineParser::T__25);
      setState(827);
      expr(0);
      setState(828);
      match(RedlineParser::T__26);
      break;
    }

    case 13: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::IfExprContext>(_localctx));
      enterOuterAlt(_localctx, 13);
      setState(830);
      match(RedlineParser::T__93);
      setState(831);
      expr(0);
      setState(832);
      match(RedlineParser::T__20);
      setState(833);
      expr(0);
      setState(834);
      match(RedlineParser::T__94);
      setState(835);
      expr(0);
      break;
    }

    case 14: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<RedlineParser::MatchExprContext>(_localctx));
      enterOuterAlt(_localctx, 14);
      setState(837);
      match(RedlineParser::T__95);
      setState(838);
      expr(0);
      setState(839);
      match(RedlineParser::T__8);
      setState(840);
      matchArm();
      setState(845);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 102, _ctx);
      while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
        if (alt == 1) {
          setState(841);
          match(RedlineParser::T__9);
          setState(842);
          matchArm(); 
        }
        setState(847);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 102, _ctx);
      }
      setState(849);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == RedlineParser::T__9) {
        setState(848);
        match(RedlineParser::T__9);
      }
      setState(851);
      match(RedlineParser::T__10);
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
  enterRule(_localctx, 66, RedlineParser::RuleMatchArm);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(855);
    pattern();
    setState(860);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == RedlineParser::T__96) {
      setState(856);
      match(RedlineParser::T__96);
      setState(857);
      pattern();
      setState(862);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(863);
    match(RedlineParser::T__44);
    setState(864);
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
  enterRule(_localctx, 68, RedlineParser::RulePattern);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(872);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case RedlineParser::T__46: {
        _localctx = dynamic_cast<PatternContext *>(_tracker.createInstance<RedlineParser::AnyPatternContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(866);
        match(RedlineParser::T__46);
        break;
      }

      case RedlineParser::T__3:
      case RedlineParser::T__4:
      case RedlineParser::T__5:
      case RedlineParser::T__14:
      case RedlineParser::T__15:
      case RedlineParser::T__16:
      case RedlineParser::T__19:
      case RedlineParser::T__21:
      case RedlineParser::T__27:
      case RedlineParser::T__28:
      case RedlineParser::T__29:
      case RedlineParser::T__31:
      case RedlineParser::T__34:
      case RedlineParser::T__36:
      case RedlineParser::T__37:
      case RedlineParser::T__38:
      case RedlineParser::T__43:
      case RedlineParser::T__57:
      case RedlineParser::T__58:
      case RedlineParser::T__60:
      case RedlineParser::T__61:
      case RedlineParser::T__62:
      case RedlineParser::T__63:
      case RedlineParser::T__64:
      case RedlineParser::T__65:
      case RedlineParser::T__66:
      case RedlineParser::T__67:
      case RedlineParser::T__68:
      case RedlineParser::T__69:
      case RedlineParser::T__70:
      case RedlineParser::T__89:
      case RedlineParser::T__90:
      case RedlineParser::T__92:
      case RedlineParser::KEY:
      case RedlineParser::OUTPUT:
      case RedlineParser::IDENT: {
        _localctx = dynamic_cast<PatternContext *>(_tracker.createInstance<RedlineParser::MemberPatternContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(867);
        name();
        setState(870);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == RedlineParser::T__56) {
          setState(868);
          match(RedlineParser::T__56);
          setState(869);
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
  enterRule(_localctx, 70, RedlineParser::RuleName);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(874);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << RedlineParser::T__3)
      | (1ULL << RedlineParser::T__4)
      | (1ULL << RedlineParser::T__5)
      | (1ULL << RedlineParser::T__14)
      | (1ULL << RedlineParser::T__15)
      | (1ULL << RedlineParser::T__16)
      | (1ULL << RedlineParser::T__19)
      | (1ULL << RedlineParser::T__21)
      | (1ULL << RedlineParser::T__27)
      | (1ULL << RedlineParser::T__28)
      | (1ULL << RedlineParser::T__29)
      | (1ULL << RedlineParser::T__31)
      | (1ULL << RedlineParser::T__34)
      | (1ULL << RedlineParser::T__36)
      | (1ULL << RedlineParser::T__37)
      | (1ULL << RedlineParser::T__38)
      | (1ULL << RedlineParser::T__43)
      | (1ULL << RedlineParser::T__57)
      | (1ULL << RedlineParser::T__58)
      | (1ULL << RedlineParser::T__60)
      | (1ULL << RedlineParser::T__61)
      | (1ULL << RedlineParser::T__62))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (RedlineParser::T__63 - 64))
      | (1ULL << (RedlineParser::T__64 - 64))
      | (1ULL << (RedlineParser::T__65 - 64))
      | (1ULL << (RedlineParser::T__66 - 64))
      | (1ULL << (RedlineParser::T__67 - 64))
      | (1ULL << (RedlineParser::T__68 - 64))
      | (1ULL << (RedlineParser::T__69 - 64))
      | (1ULL << (RedlineParser::T__70 - 64))
      | (1ULL << (RedlineParser::T__89 - 64))
      | (1ULL << (RedlineParser::T__90 - 64))
      | (1ULL << (RedlineParser::T__92 - 64))
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
    case 31: return exprSempred(dynamic_cast<ExprContext *>(context), predicateIndex);

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
  "scaleBracket", "cycleDecl", "ruleDecl", "ruleParam", "dueClause", "ruleBody", 
  "annotation", "exceptionClause", "tableExpr", "hitPolicy", "tableRow", 
  "cell", "cellTest", "compareOp", "amendment", "amendable", "testDecl", 
  "testItem", "fieldValue", "expr", "primary", "matchArm", "pattern", "name"
};

std::vector<std::string> RedlineParser::_literalNames = {
  "", "'policy'", "';'", "'modification'", "'amends'", "'effective'", "'tests'", 
  "'for'", "'enum'", "'{'", "','", "'}'", "'entity'", "':'", "'check'", 
  "'set'", "'of'", "'scale'", "'param'", "'='", "'until'", "'then'", "'from'", 
  "'cycle'", "'rule'", "'obligation'", "'('", "')'", "'due'", "'note'", 
  "'assumption'", "'exception'", "'to'", "'when'", "'table'", "'unique'", 
  "'any'", "'first'", "'priority'", "'collect'", "'sum'", "'min'", "'max'", 
  "'count'", "'order'", "'=>'", "'otherwise'", "'_'", "'=='", "'!='", "'<'", 
  "'<='", "'>'", "'>='", "'replace'", "'insert'", "'repeal'", "'.'", "'row'", 
  "'field'", "'substitute'", "'bracket'", "'before'", "'after'", "'test'", 
  "'given'", "'data'", "'expect'", "'error'", "'amend'", "'as'", "'at'", 
  "'-'", "'*'", "'/'", "'mod'", "'+'", "'??'", "'in'", "'within'", "'overlaps'", 
  "'is'", "'none'", "'some'", "'!'", "'&&'", "'||'", "'true'", "'false'", 
  "'all'", "'latest'", "'earliest'", "'where'", "'by'", "'if'", "'else'", 
  "'match'", "'|'", "'key'", "'output'", "'not'", "'and'", "'or'", "'?'"
};

std::vector<std::string> RedlineParser::_symbolicNames = {
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
  "", "", "", "", "", "", "", "", "KEY", "OUTPUT", "NOT", "AND", "OR", "QUESTION", 
  "INTERVAL", "CITATION", "UNTERMINATED_CITATION", "STRING", "UNTERMINATED_STRING", 
  "DATE", "DECIMAL", "INT", "IDENT", "LINE_COMMENT", "BLOCK_COMMENT", "WS", 
  "ERROR_CHAR"
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
    0x3, 0x76, 0x36f, 0x4, 0x2, 0x9, 0x2, 0x4, 0x3, 0x9, 0x3, 0x4, 0x4, 
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
    0x25, 0x3, 0x2, 0x5, 0x2, 0x4c, 0xa, 0x2, 0x3, 0x2, 0x7, 0x2, 0x4f, 
    0xa, 0x2, 0xc, 0x2, 0xe, 0x2, 0x52, 0xb, 0x2, 0x3, 0x2, 0x3, 0x2, 0x3, 
    0x3, 0x3, 0x3, 0x3, 0x3, 0x5, 0x3, 0x59, 0xa, 0x3, 0x3, 0x3, 0x5, 0x3, 
    0x5c, 0xa, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x5, 
    0x3, 0x63, 0xa, 0x3, 0x3, 0x3, 0x5, 0x3, 0x66, 0xa, 0x3, 0x3, 0x3, 0x7, 
    0x3, 0x69, 0xa, 0x3, 0xc, 0x3, 0xe, 0x3, 0x6c, 0xb, 0x3, 0x3, 0x3, 0x3, 
    0x3, 0x3, 0x3, 0x3, 0x3, 0x5, 0x3, 0x72, 0xa, 0x3, 0x3, 0x3, 0x3, 0x3, 
    0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x5, 0x3, 0x7a, 0xa, 0x3, 0x3, 
    0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x5, 
    0x4, 0x83, 0xa, 0x4, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x5, 0x5, 0x88, 0xa, 
    0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x7, 0x5, 0x8e, 0xa, 0x5, 
    0xc, 0x5, 0xe, 0x5, 0x91, 0xb, 0x5, 0x3, 0x5, 0x5, 0x5, 0x94, 0xa, 0x5, 
    0x3, 0x5, 0x3, 0x5, 0x3, 0x6, 0x3, 0x6, 0x5, 0x6, 0x9a, 0xa, 0x6, 0x3, 
    0x7, 0x3, 0x7, 0x3, 0x7, 0x5, 0x7, 0x9f, 0xa, 0x7, 0x3, 0x7, 0x7, 0x7, 
    0xa2, 0xa, 0x7, 0xc, 0x7, 0xe, 0x7, 0xa5, 0xb, 0x7, 0x3, 0x7, 0x3, 0x7, 
    0x7, 0x7, 0xa9, 0xa, 0x7, 0xc, 0x7, 0xe, 0x7, 0xac, 0xb, 0x7, 0x3, 0x7, 
    0x3, 0x7, 0x3, 0x8, 0x5, 0x8, 0xb1, 0xa, 0x8, 0x3, 0x8, 0x3, 0x8, 0x3, 
    0x8, 0x3, 0x8, 0x7, 0x8, 0xb7, 0xa, 0x8, 0xc, 0x8, 0xe, 0x8, 0xba, 0xb, 
    0x8, 0x3, 0x8, 0x3, 0x8, 0x3, 0x9, 0x3, 0x9, 0x3, 0x9, 0x3, 0x9, 0x3, 
    0xa, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x5, 0xa, 0xc6, 0xa, 0xa, 0x3, 0xa, 
    0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x5, 0xa, 0xcc, 0xa, 0xa, 0x3, 0xa, 0x3, 
    0xa, 0x5, 0xa, 0xd0, 0xa, 0xa, 0x5, 0xa, 0xd2, 0xa, 0xa, 0x3, 0xb, 0x3, 
    0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x5, 0xb, 0xd9, 0xa, 0xb, 0x3, 0xb, 
    0x7, 0xb, 0xdc, 0xa, 0xb, 0xc, 0xb, 0xe, 0xb, 0xdf, 0xb, 0xb, 0x3, 0xb, 
    0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xc, 0x3, 0xc, 0x5, 0xc, 0xe7, 0xa, 
    0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x5, 
    0xc, 0xef, 0xa, 0xc, 0x7, 0xc, 0xf1, 0xa, 0xc, 0xc, 0xc, 0xe, 0xc, 0xf4, 
    0xb, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 
    0x5, 0xc, 0xfc, 0xa, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 
    0xc, 0x3, 0xc, 0x5, 0xc, 0x104, 0xa, 0xc, 0x7, 0xc, 0x106, 0xa, 0xc, 
    0xc, 0xc, 0xe, 0xc, 0x109, 0xb, 0xc, 0x3, 0xc, 0x5, 0xc, 0x10c, 0xa, 
    0xc, 0x3, 0xc, 0x3, 0xc, 0x5, 0xc, 0x110, 0xa, 0xc, 0x3, 0xd, 0x3, 0xd, 
    0x3, 0xd, 0x3, 0xd, 0x7, 0xd, 0x116, 0xa, 0xd, 0xc, 0xd, 0xe, 0xd, 0x119, 
    0xb, 0xd, 0x3, 0xd, 0x5, 0xd, 0x11c, 0xa, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 
    0xe, 0x3, 0xe, 0x3, 0xe, 0x3, 0xe, 0x3, 0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 
    0xf, 0x3, 0xf, 0x5, 0xf, 0x129, 0xa, 0xf, 0x3, 0xf, 0x7, 0xf, 0x12c, 
    0xa, 0xf, 0xc, 0xf, 0xe, 0xf, 0x12f, 0xb, 0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 
    0xf, 0x3, 0xf, 0x7, 0xf, 0x135, 0xa, 0xf, 0xc, 0xf, 0xe, 0xf, 0x138, 
    0xb, 0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 0x10, 0x5, 0x10, 0x13d, 0xa, 0x10, 
    0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x7, 
    0x10, 0x145, 0xa, 0x10, 0xc, 0x10, 0xe, 0x10, 0x148, 0xb, 0x10, 0x5, 
    0x10, 0x14a, 0xa, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x5, 0x10, 
    0x14f, 0xa, 0x10, 0x3, 0x10, 0x5, 0x10, 0x152, 0xa, 0x10, 0x3, 0x10, 
    0x5, 0x10, 0x155, 0xa, 0x10, 0x3, 0x10, 0x7, 0x10, 0x158, 0xa, 0x10, 
    0xc, 0x10, 0xe, 0x10, 0x15b, 0xb, 0x10, 0x3, 0x10, 0x5, 0x10, 0x15e, 
    0xa, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x7, 0x10, 0x163, 0xa, 0x10, 
    0xc, 0x10, 0xe, 0x10, 0x166, 0xb, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x11, 
    0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x12, 0x3, 0x12, 0x3, 0x12, 0x3, 
    0x13, 0x3, 0x13, 0x5, 0x13, 0x173, 0xa, 0x13, 0x3, 0x14, 0x3, 0x14, 
    0x3, 0x14, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x5, 0x15, 0x17c, 
    0xa, 0x15, 0x3, 0x15, 0x5, 0x15, 0x17f, 0xa, 0x15, 0x3, 0x15, 0x7, 0x15, 
    0x182, 0xa, 0x15, 0xc, 0x15, 0xe, 0x15, 0x185, 0xb, 0x15, 0x3, 0x15, 
    0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x16, 0x3, 0x16, 0x3, 
    0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x7, 0x16, 0x192, 0xa, 0x16, 
    0xc, 0x16, 0xe, 0x16, 0x195, 0xb, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 
    0x7, 0x16, 0x19a, 0xa, 0x16, 0xc, 0x16, 0xe, 0x16, 0x19d, 0xb, 0x16, 
    0x3, 0x16, 0x3, 0x16, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 
    0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x5, 0x17, 
    0x1ab, 0xa, 0x17, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x5, 0x18, 0x1b0, 
    0xa, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x7, 0x18, 0x1b5, 0xa, 0x18, 
    0xc, 0x18, 0xe, 0x18, 0x1b8, 0xb, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 
    0x5, 0x18, 0x1bd, 0xa, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 
    0x3, 0x18, 0x3, 0x18, 0x5, 0x18, 0x1c5, 0xa, 0x18, 0x3, 0x18, 0x3, 0x18, 
    0x5, 0x18, 0x1c9, 0xa, 0x18, 0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 
    0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 0x3, 0x19, 0x6, 0x19, 0x1d4, 
    0xa, 0x19, 0xd, 0x19, 0xe, 0x19, 0x1d5, 0x5, 0x19, 0x1d8, 0xa, 0x19, 
    0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x3, 0x1a, 0x5, 0x1a, 0x1df, 
    0xa, 0x1a, 0x3, 0x1b, 0x3, 0x1b, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 
    0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x5, 0x1c, 0x1eb, 
    0xa, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 
    0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x5, 0x1c, 0x1f5, 0xa, 0x1c, 0x3, 0x1c, 
    0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 
    0x1c, 0x5, 0x1c, 0x1ff, 0xa, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 
    0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x5, 0x1c, 0x209, 
    0xa, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 
    0x1c, 0x3, 0x1c, 0x5, 0x1c, 0x212, 0xa, 0x1c, 0x3, 0x1c, 0x5, 0x1c, 
    0x215, 0xa, 0x1c, 0x3, 0x1c, 0x7, 0x1c, 0x218, 0xa, 0x1c, 0xc, 0x1c, 
    0xe, 0x1c, 0x21b, 0xb, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x5, 0x1c, 
    0x220, 0xa, 0x1c, 0x3, 0x1c, 0x3, 0x1c, 0x5, 0x1c, 0x224, 0xa, 0x1c, 
    0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 
    0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x7, 0x1d, 
    0x232, 0xa, 0x1d, 0xc, 0x1d, 0xe, 0x1d, 0x235, 0xb, 0x1d, 0x3, 0x1d, 
    0x5, 0x1d, 0x238, 0xa, 0x1d, 0x3, 0x1d, 0x7, 0x1d, 0x23b, 0xa, 0x1d, 
    0xc, 0x1d, 0xe, 0x1d, 0x23e, 0xb, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 
    0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x5, 0x1d, 0x248, 
    0xa, 0x1d, 0x3, 0x1d, 0x5, 0x1d, 0x24b, 0xa, 0x1d, 0x3, 0x1d, 0x7, 0x1d, 
    0x24e, 0xa, 0x1d, 0xc, 0x1d, 0xe, 0x1d, 0x251, 0xb, 0x1d, 0x3, 0x1d, 
    0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 
    0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x5, 0x1d, 0x25f, 
    0xa, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x7, 0x1d, 0x265, 
    0xa, 0x1d, 0xc, 0x1d, 0xe, 0x1d, 0x268, 0xb, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 
    0x3, 0x1d, 0x5, 0x1d, 0x26d, 0xa, 0x1d, 0x3, 0x1d, 0x3, 0x1d, 0x5, 0x1d, 
    0x271, 0xa, 0x1d, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x5, 0x1e, 0x276, 
    0xa, 0x1e, 0x3, 0x1e, 0x5, 0x1e, 0x279, 0xa, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 
    0x7, 0x1e, 0x27d, 0xa, 0x1e, 0xc, 0x1e, 0xe, 0x1e, 0x280, 0xb, 0x1e, 
    0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 
    0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x7, 0x1f, 0x28b, 0xa, 0x1f, 0xc, 0x1f, 
    0xe, 0x1f, 0x28e, 0xb, 0x1f, 0x3, 0x1f, 0x5, 0x1f, 0x291, 0xa, 0x1f, 
    0x5, 0x1f, 0x293, 0xa, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x5, 0x1f, 0x297, 
    0xa, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 
    0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 
    0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 
    0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 
    0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 
    0x1f, 0x3, 0x1f, 0x5, 0x1f, 0x2ba, 0xa, 0x1f, 0x3, 0x20, 0x3, 0x20, 
    0x3, 0x20, 0x3, 0x20, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 
    0x21, 0x3, 0x21, 0x5, 0x21, 0x2c6, 0xa, 0x21, 0x3, 0x21, 0x3, 0x21, 
    0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 
    0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 
    0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x5, 
    0x21, 0x2dd, 0xa, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 
    0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 
    0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 
    0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x5, 0x21, 0x2f3, 0xa, 0x21, 0x3, 0x21, 
    0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x21, 0x5, 0x21, 0x2fa, 0xa, 0x21, 
    0x7, 0x21, 0x2fc, 0xa, 0x21, 0xc, 0x21, 0xe, 0x21, 0x2ff, 0xb, 0x21, 
    0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 
    0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 0x30c, 
    0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x5, 
    0x22, 0x313, 0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 0x317, 0xa, 
    0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x7, 0x22, 0x320, 0xa, 0x22, 0xc, 0x22, 0xe, 0x22, 0x323, 
    0xb, 0x22, 0x5, 0x22, 0x325, 0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 
    0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x7, 0x22, 0x335, 
    0xa, 0x22, 0xc, 0x22, 0xe, 0x22, 0x338, 0xb, 0x22, 0x5, 0x22, 0x33a, 
    0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 
    0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x7, 
    0x22, 0x34e, 0xa, 0x22, 0xc, 0x22, 0xe, 0x22, 0x351, 0xb, 0x22, 0x3, 
    0x22, 0x5, 0x22, 0x354, 0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 
    0x358, 0xa, 0x22, 0x3, 0x23, 0x3, 0x23, 0x3, 0x23, 0x7, 0x23, 0x35d, 
    0xa, 0x23, 0xc, 0x23, 0xe, 0x23, 0x360, 0xb, 0x23, 0x3, 0x23, 0x3, 0x23, 
    0x3, 0x23, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x5, 0x24, 0x369, 
    0xa, 0x24, 0x5, 0x24, 0x36b, 0xa, 0x24, 0x3, 0x25, 0x3, 0x25, 0x3, 0x25, 
    0x2, 0x3, 0x40, 0x26, 0x2, 0x4, 0x6, 0x8, 0xa, 0xc, 0xe, 0x10, 0x12, 
    0x14, 0x16, 0x18, 0x1a, 0x1c, 0x1e, 0x20, 0x22, 0x24, 0x26, 0x28, 0x2a, 
    0x2c, 0x2e, 0x30, 0x32, 0x34, 0x36, 0x38, 0x3a, 0x3c, 0x3e, 0x40, 0x42, 
    0x44, 0x46, 0x48, 0x2, 0x11, 0x3, 0x2, 0x1a, 0x1b, 0x3, 0x2, 0x1f, 0x20, 
    0x3, 0x2, 0x2a, 0x2d, 0x3, 0x2, 0x32, 0x37, 0x5, 0x2, 0xe, 0xe, 0x14, 
    0x14, 0x19, 0x1b, 0x3, 0x2, 0x40, 0x41, 0x4, 0x2, 0x56, 0x56, 0x66, 
    0x66, 0x3, 0x2, 0x4b, 0x4d, 0x4, 0x2, 0x4a, 0x4a, 0x4e, 0x4e, 0x4, 0x2, 
    0x57, 0x57, 0x67, 0x67, 0x4, 0x2, 0x58, 0x58, 0x68, 0x68, 0x3, 0x2, 
    0x59, 0x5a, 0x5, 0x2, 0x26, 0x26, 0x2a, 0x2d, 0x5b, 0x5d, 0x3, 0x2, 
    0x2b, 0x2c, 0x11, 0x2, 0x6, 0x8, 0x11, 0x13, 0x16, 0x16, 0x18, 0x18, 
    0x1e, 0x20, 0x22, 0x22, 0x25, 0x25, 0x27, 0x29, 0x2e, 0x2e, 0x3c, 0x3d, 
    0x3f, 0x49, 0x5c, 0x5d, 0x5f, 0x5f, 0x64, 0x65, 0x72, 0x72, 0x2, 0x3ef, 
    0x2, 0x4b, 0x3, 0x2, 0x2, 0x2, 0x4, 0x79, 0x3, 0x2, 0x2, 0x2, 0x6, 0x82, 
    0x3, 0x2, 0x2, 0x2, 0x8, 0x84, 0x3, 0x2, 0x2, 0x2, 0xa, 0x97, 0x3, 0x2, 
    0x2, 0x2, 0xc, 0x9b, 0x3, 0x2, 0x2, 0x2, 0xe, 0xb0, 0x3, 0x2, 0x2, 0x2, 
    0x10, 0xbd, 0x3, 0x2, 0x2, 0x2, 0x12, 0xd1, 0x3, 0x2, 0x2, 0x2, 0x14, 
    0xd3, 0x3, 0x2, 0x2, 0x2, 0x16, 0x10f, 0x3, 0x2, 0x2, 0x2, 0x18, 0x111, 
    0x3, 0x2, 0x2, 0x2, 0x1a, 0x11f, 0x3, 0x2, 0x2, 0x2, 0x1c, 0x123, 0x3, 
    0x2, 0x2, 0x2, 0x1e, 0x13c, 0x3, 0x2, 0x2, 0x2, 0x20, 0x169, 0x3, 0x2, 
    0x2, 0x2, 0x22, 0x16d, 0x3, 0x2, 0x2, 0x2, 0x24, 0x172, 0x3, 0x2, 0x2, 
    0x2, 0x26, 0x174, 0x3, 0x2, 0x2, 0x2, 0x28, 0x177, 0x3, 0x2, 0x2, 0x2, 
    0x2a, 0x18b, 0x3, 0x2, 0x2, 0x2, 0x2c, 0x1aa, 0x3, 0x2, 0x2, 0x2, 0x2e, 
    0x1c8, 0x3, 0x2, 0x2, 0x2, 0x30, 0x1d7, 0x3, 0x2, 0x2, 0x2, 0x32, 0x1de, 
    0x3, 0x2, 0x2, 0x2, 0x34, 0x1e0, 0x3, 0x2, 0x2, 0x2, 0x36, 0x223, 0x3, 
    0x2, 0x2, 0x2, 0x38, 0x270, 0x3, 0x2, 0x2, 0x2, 0x3a, 0x272, 0x3, 0x2, 
    0x2, 0x2, 0x3c, 0x2b9, 0x3, 0x2, 0x2, 0x2, 0x3e, 0x2bb, 0x3, 0x2, 0x2, 
    0x2, 0x40, 0x2c5, 0x3, 0x2, 0x2, 0x2, 0x42, 0x357, 0x3, 0x2, 0x2, 0x2, 
    0x44, 0x359, 0x3, 0x2, 0x2, 0x2, 0x46, 0x36a, 0x3, 0x2, 0x2, 0x2, 0x48, 
    0x36c, 0x3, 0x2, 0x2, 0x2, 0x4a, 0x4c, 0x5, 0x4, 0x3, 0x2, 0x4b, 0x4a, 
    0x3, 0x2, 0x2, 0x2, 0x4b, 0x4c, 0x3, 0x2, 0x2, 0x2, 0x4c, 0x50, 0x3, 
    0x2, 0x2, 0x2, 0x4d, 0x4f, 0x5, 0x6, 0x4, 0x2, 0x4e, 0x4d, 0x3, 0x2, 
    0x2, 0x2, 0x4f, 0x52, 0x3, 0x2, 0x2, 0x2, 0x50, 0x4e, 0x3, 0x2, 0x2, 
    0x2, 0x50, 0x51, 0x3, 0x2, 0x2, 0x2, 0x51, 0x53, 0x3, 0x2, 0x2, 0x2, 
    0x52, 0x50, 0x3, 0x2, 0x2, 0x2, 0x53, 0x54, 0x7, 0x2, 0x2, 0x3, 0x54, 
    0x3, 0x3, 0x2, 0x2, 0x2, 0x55, 0x56, 0x7, 0x3, 0x2, 0x2, 0x56, 0x58, 
    0x5, 0x48, 0x25, 0x2, 0x57, 0x59, 0x7, 0x6d, 0x2, 0x2, 0x58, 0x57, 0x3, 
    0x2, 0x2, 0x2, 0x58, 0x59, 0x3, 0x2, 0x2, 0x2, 0x59, 0x5b, 0x3, 0x2, 
    0x2, 0x2, 0x5a, 0x5c, 0x7, 0x6b, 0x2, 0x2, 0x5b, 0x5a, 0x3, 0x2, 0x2, 
    0x2, 0x5b, 0x5c, 0x3, 0x2, 0x2, 0x2, 0x5c, 0x5d, 0x3, 0x2, 0x2, 0x2, 
    0x5d, 0x5e, 0x7, 0x4, 0x2, 0x2, 0x5e, 0x7a, 0x3, 0x2, 0x2, 0x2, 0x5f, 
    0x60, 0x7, 0x5, 0x2, 0x2, 0x60, 0x62, 0x5, 0x48, 0x25, 0x2, 0x61, 0x63, 
    0x7, 0x6d, 0x2, 0x2, 0x62, 0x61, 0x3, 0x2, 0x2, 0x2, 0x62, 0x63, 0x3, 
    0x2, 0x2, 0x2, 0x63, 0x65, 0x3, 0x2, 0x2, 0x2, 0x64, 0x66, 0x7, 0x6b, 
    0x2, 0x2, 0x65, 0x64, 0x3, 0x2, 0x2, 0x2, 0x65, 0x66, 0x3, 0x2, 0x2, 
    0x2, 0x66, 0x6a, 0x3, 0x2, 0x2, 0x2, 0x67, 0x69, 0x5, 0x26, 0x14, 0x2, 
    0x68, 0x67, 0x3, 0x2, 0x2, 0x2, 0x69, 0x6c, 0x3, 0x2, 0x2, 0x2, 0x6a, 
    0x68, 0x3, 0x2, 0x2, 0x2, 0x6a, 0x6b, 0x3, 0x2, 0x2, 0x2, 0x6b, 0x6d, 
    0x3, 0x2, 0x2, 0x2, 0x6c, 0x6a, 0x3, 0x2, 0x2, 0x2, 0x6d, 0x6e, 0x7, 
    0x6, 0x2, 0x2, 0x6e, 0x71, 0x5, 0x48, 0x25, 0x2, 0x6f, 0x70, 0x7, 0x7, 
    0x2, 0x2, 0x70, 0x72, 0x7, 0x6f, 0x2, 0x2, 0x71, 0x6f, 0x3, 0x2, 0x2, 
    0x2, 0x71, 0x72, 0x3, 0x2, 0x2, 0x2, 0x72, 0x73, 0x3, 0x2, 0x2, 0x2, 
    0x73, 0x74, 0x7, 0x4, 0x2, 0x2, 0x74, 0x7a, 0x3, 0x2, 0x2, 0x2, 0x75, 
    0x76, 0x7, 0x8, 0x2, 0x2, 0x76, 0x77, 0x7, 0x9, 0x2, 0x2, 0x77, 0x78, 
    0x7, 0x6d, 0x2, 0x2, 0x78, 0x7a, 0x7, 0x4, 0x2, 0x2, 0x79, 0x55, 0x3, 
    0x2, 0x2, 0x2, 0x79, 0x5f, 0x3, 0x2, 0x2, 0x2, 0x79, 0x75, 0x3, 0x2, 
    0x2, 0x2, 0x7a, 0x5, 0x3, 0x2, 0x2, 0x2, 0x7b, 0x83, 0x5, 0x8, 0x5, 
    0x2, 0x7c, 0x83, 0x5, 0xc, 0x7, 0x2, 0x7d, 0x83, 0x5, 0x14, 0xb, 0x2, 
    0x7e, 0x83, 0x5, 0x1c, 0xf, 0x2, 0x7f, 0x83, 0x5, 0x1e, 0x10, 0x2, 0x80, 
    0x83, 0x5, 0x3a, 0x1e, 0x2, 0x81, 0x83, 0x5, 0x36, 0x1c, 0x2, 0x82, 
    0x7b, 0x3, 0x2, 0x2, 0x2, 0x82, 0x7c, 0x3, 0x2, 0x2, 0x2, 0x82, 0x7d, 
    0x3, 0x2, 0x2, 0x2, 0x82, 0x7e, 0x3, 0x2, 0x2, 0x2, 0x82, 0x7f, 0x3, 
    0x2, 0x2, 0x2, 0x82, 0x80, 0x3, 0x2, 0x2, 0x2, 0x82, 0x81, 0x3, 0x2, 
    0x2, 0x2, 0x83, 0x7, 0x3, 0x2, 0x2, 0x2, 0x84, 0x85, 0x7, 0xa, 0x2, 
    0x2, 0x85, 0x87, 0x5, 0x48, 0x25, 0x2, 0x86, 0x88, 0x7, 0x6b, 0x2, 0x2, 
    0x87, 0x86, 0x3, 0x2, 0x2, 0x2, 0x87, 0x88, 0x3, 0x2, 0x2, 0x2, 0x88, 
    0x89, 0x3, 0x2, 0x2, 0x2, 0x89, 0x8a, 0x7, 0xb, 0x2, 0x2, 0x8a, 0x8f, 
    0x5, 0xa, 0x6, 0x2, 0x8b, 0x8c, 0x7, 0xc, 0x2, 0x2, 0x8c, 0x8e, 0x5, 
    0xa, 0x6, 0x2, 0x8d, 0x8b, 0x3, 0x2, 0x2, 0x2, 0x8e, 0x91, 0x3, 0x2, 
    0x2, 0x2, 0x8f, 0x8d, 0x3, 0x2, 0x2, 0x2, 0x8f, 0x90, 0x3, 0x2, 0x2, 
    0x2, 0x90, 0x93, 0x3, 0x2, 0x2, 0x2, 0x91, 0x8f, 0x3, 0x2, 0x2, 0x2, 
    0x92, 0x94, 0x7, 0xc, 0x2, 0x2, 0x93, 0x92, 0x3, 0x2, 0x2, 0x2, 0x93, 
    0x94, 0x3, 0x2, 0x2, 0x2, 0x94, 0x95, 0x3, 0x2, 0x2, 0x2, 0x95, 0x96, 
    0x7, 0xd, 0x2, 0x2, 0x96, 0x9, 0x3, 0x2, 0x2, 0x2, 0x97, 0x99, 0x5, 
    0x48, 0x25, 0x2, 0x98, 0x9a, 0x7, 0x6d, 0x2, 0x2, 0x99, 0x98, 0x3, 0x2, 
    0x2, 0x2, 0x99, 0x9a, 0x3, 0x2, 0x2, 0x2, 0x9a, 0xb, 0x3, 0x2, 0x2, 
    0x2, 0x9b, 0x9c, 0x7, 0xe, 0x2, 0x2, 0x9c, 0x9e, 0x5, 0x48, 0x25, 0x2, 
    0x9d, 0x9f, 0x7, 0x6b, 0x2, 0x2, 0x9e, 0x9d, 0x3, 0x2, 0x2, 0x2, 0x9e, 
    0x9f, 0x3, 0x2, 0x2, 0x2, 0x9f, 0xa3, 0x3, 0x2, 0x2, 0x2, 0xa0, 0xa2, 
    0x5, 0x26, 0x14, 0x2, 0xa1, 0xa0, 0x3, 0x2, 0x2, 0x2, 0xa2, 0xa5, 0x3, 
    0x2, 0x2, 0x2, 0xa3, 0xa1, 0x3, 0x2, 0x2, 0x2, 0xa3, 0xa4, 0x3, 0x2, 
    0x2, 0x2, 0xa4, 0xa6, 0x3, 0x2, 0x2, 0x2, 0xa5, 0xa3, 0x3, 0x2, 0x2, 
    0x2, 0xa6, 0xaa, 0x7, 0xb, 0x2, 0x2, 0xa7, 0xa9, 0x5, 0xe, 0x8, 0x2, 
    0xa8, 0xa7, 0x3, 0x2, 0x2, 0x2, 0xa9, 0xac, 0x3, 0x2, 0x2, 0x2, 0xaa, 
    0xa8, 0x3, 0x2, 0x2, 0x2, 0xaa, 0xab, 0x3, 0x2, 0x2, 0x2, 0xab, 0xad, 
    0x3, 0x2, 0x2, 0x2, 0xac, 0xaa, 0x3, 0x2, 0x2, 0x2, 0xad, 0xae, 0x7, 
    0xd, 0x2, 0x2, 0xae, 0xd, 0x3, 0x2, 0x2, 0x2, 0xaf, 0xb1, 0x7, 0x64, 
    0x2, 0x2, 0xb0, 0xaf, 0x3, 0x2, 0x2, 0x2, 0xb0, 0xb1, 0x3, 0x2, 0x2, 
    0x2, 0xb1, 0xb2, 0x3, 0x2, 0x2, 0x2, 0xb2, 0xb3, 0x5, 0x48, 0x25, 0x2, 
    0xb3, 0xb4, 0x7, 0xf, 0x2, 0x2, 0xb4, 0xb8, 0x5, 0x12, 0xa, 0x2, 0xb5, 
    0xb7, 0x5, 0x10, 0x9, 0x2, 0xb6, 0xb5, 0x3, 0x2, 0x2, 0x2, 0xb7, 0xba, 
    0x3, 0x2, 0x2, 0x2, 0xb8, 0xb6, 0x3, 0x2, 0x2, 0x2, 0xb8, 0xb9, 0x3, 
    0x2, 0x2, 0x2, 0xb9, 0xbb, 0x3, 0x2, 0x2, 0x2, 0xba, 0xb8, 0x3, 0x2, 
    0x2, 0x2, 0xbb, 0xbc, 0x7, 0x4, 0x2, 0x2, 0xbc, 0xf, 0x3, 0x2, 0x2, 
    0x2, 0xbd, 0xbe, 0x7, 0x10, 0x2, 0x2, 0xbe, 0xbf, 0x5, 0x34, 0x1b, 0x2, 
    0xbf, 0xc0, 0x5, 0x40, 0x21, 0x2, 0xc0, 0x11, 0x3, 0x2, 0x2, 0x2, 0xc1, 
    0xc2, 0x7, 0x11, 0x2, 0x2, 0xc2, 0xc3, 0x7, 0x12, 0x2, 0x2, 0xc3, 0xc5, 
    0x5, 0x48, 0x25, 0x2, 0xc4, 0xc6, 0x7, 0x69, 0x2, 0x2, 0xc5, 0xc4, 0x3, 
    0x2, 0x2, 0x2, 0xc5, 0xc6, 0x3, 0x2, 0x2, 0x2, 0xc6, 0xd2, 0x3, 0x2, 
    0x2, 0x2, 0xc7, 0xc8, 0x7, 0x13, 0x2, 0x2, 0xc8, 0xc9, 0x7, 0x12, 0x2, 
    0x2, 0xc9, 0xcb, 0x5, 0x48, 0x25, 0x2, 0xca, 0xcc, 0x7, 0x69, 0x2, 0x2, 
    0xcb, 0xca, 0x3, 0x2, 0x2, 0x2, 0xcb, 0xcc, 0x3, 0x2, 0x2, 0x2, 0xcc, 
    0xd2, 0x3, 0x2, 0x2, 0x2, 0xcd, 0xcf, 0x5, 0x48, 0x25, 0x2, 0xce, 0xd0, 
    0x7, 0x69, 0x2, 0x2, 0xcf, 0xce, 0x3, 0x2, 0x2, 0x2, 0xcf, 0xd0, 0x3, 
    0x2, 0x2, 0x2, 0xd0, 0xd2, 0x3, 0x2, 0x2, 0x2, 0xd1, 0xc1, 0x3, 0x2, 
    0x2, 0x2, 0xd1, 0xc7, 0x3, 0x2, 0x2, 0x2, 0xd1, 0xcd, 0x3, 0x2, 0x2, 
    0x2, 0xd2, 0x13, 0x3, 0x2, 0x2, 0x2, 0xd3, 0xd4, 0x7, 0x14, 0x2, 0x2, 
    0xd4, 0xd5, 0x5, 0x48, 0x25, 0x2, 0xd5, 0xd6, 0x7, 0xf, 0x2, 0x2, 0xd6, 
    0xd8, 0x5, 0x12, 0xa, 0x2, 0xd7, 0xd9, 0x7, 0x6b, 0x2, 0x2, 0xd8, 0xd7, 
    0x3, 0x2, 0x2, 0x2, 0xd8, 0xd9, 0x3, 0x2, 0x2, 0x2, 0xd9, 0xdd, 0x3, 
    0x2, 0x2, 0x2, 0xda, 0xdc, 0x5, 0x26, 0x14, 0x2, 0xdb, 0xda, 0x3, 0x2, 
    0x2, 0x2, 0xdc, 0xdf, 0x3, 0x2, 0x2, 0x2, 0xdd, 0xdb, 0x3, 0x2, 0x2, 
    0x2, 0xdd, 0xde, 0x3, 0x2, 0x2, 0x2, 0xde, 0xe0, 0x3, 0x2, 0x2, 0x2, 
    0xdf, 0xdd, 0x3, 0x2, 0x2, 0x2, 0xe0, 0xe1, 0x7, 0x15, 0x2, 0x2, 0xe1, 
    0xe2, 0x5, 0x16, 0xc, 0x2, 0xe2, 0xe3, 0x7, 0x4, 0x2, 0x2, 0xe3, 0x15, 
    0x3, 0x2, 0x2, 0x2, 0xe4, 0xe7, 0x5, 0x40, 0x21, 0x2, 0xe5, 0xe7, 0x5, 
    0x18, 0xd, 0x2, 0xe6, 0xe4, 0x3, 0x2, 0x2, 0x2, 0xe6, 0xe5, 0x3, 0x2, 
    0x2, 0x2, 0xe7, 0xf2, 0x3, 0x2, 0x2, 0x2, 0xe8, 0xe9, 0x7, 0x16, 0x2, 
    0x2, 0xe9, 0xea, 0x7, 0x6f, 0x2, 0x2, 0xea, 0xeb, 0x7, 0xc, 0x2, 0x2, 
    0xeb, 0xee, 0x7, 0x17, 0x2, 0x2, 0xec, 0xef, 0x5, 0x40, 0x21, 0x2, 0xed, 
    0xef, 0x5, 0x18, 0xd, 0x2, 0xee, 0xec, 0x3, 0x2, 0x2, 0x2, 0xee, 0xed, 
    0x3, 0x2, 0x2, 0x2, 0xef, 0xf1, 0x3, 0x2, 0x2, 0x2, 0xf0, 0xe8, 0x3, 
    0x2, 0x2, 0x2, 0xf1, 0xf4, 0x3, 0x2, 0x2, 0x2, 0xf2, 0xf0, 0x3, 0x2, 
    0x2, 0x2, 0xf2, 0xf3, 0x3, 0x2, 0x2, 0x2, 0xf3, 0x110, 0x3, 0x2, 0x2, 
    0x2, 0xf4, 0xf2, 0x3, 0x2, 0x2, 0x2, 0xf5, 0xf6, 0x7, 0xb, 0x2, 0x2, 
    0xf6, 0xf7, 0x7, 0x18, 0x2, 0x2, 0xf7, 0xf8, 0x7, 0x6f, 0x2, 0x2, 0xf8, 
    0xfb, 0x7, 0xf, 0x2, 0x2, 0xf9, 0xfc, 0x5, 0x40, 0x21, 0x2, 0xfa, 0xfc, 
    0x5, 0x18, 0xd, 0x2, 0xfb, 0xf9, 0x3, 0x2, 0x2, 0x2, 0xfb, 0xfa, 0x3, 
    0x2, 0x2, 0x2, 0xfc, 0x107, 0x3, 0x2, 0x2, 0x2, 0xfd, 0xfe, 0x7, 0xc, 
    0x2, 0x2, 0xfe, 0xff, 0x7, 0x18, 0x2, 0x2, 0xff, 0x100, 0x7, 0x6f, 0x2, 
    0x2, 0x100, 0x103, 0x7, 0xf, 0x2, 0x2, 0x101, 0x104, 0x5, 0x40, 0x21, 
    0x2, 0x102, 0x104, 0x5, 0x18, 0xd, 0x2, 0x103, 0x101, 0x3, 0x2, 0x2, 
    0x2, 0x103, 0x102, 0x3, 0x2, 0x2, 0x2, 0x104, 0x106, 0x3, 0x2, 0x2, 
    0x2, 0x105, 0xfd, 0x3, 0x2, 0x2, 0x2, 0x106, 0x109, 0x3, 0x2, 0x2, 0x2, 
    0x107, 0x105, 0x3, 0x2, 0x2, 0x2, 0x107, 0x108, 0x3, 0x2, 0x2, 0x2, 
    0x108, 0x10b, 0x3, 0x2, 0x2, 0x2, 0x109, 0x107, 0x3, 0x2, 0x2, 0x2, 
    0x10a, 0x10c, 0x7, 0xc, 0x2, 0x2, 0x10b, 0x10a, 0x3, 0x2, 0x2, 0x2, 
    0x10b, 0x10c, 0x3, 0x2, 0x2, 0x2, 0x10c, 0x10d, 0x3, 0x2, 0x2, 0x2, 
    0x10d, 0x10e, 0x7, 0xd, 0x2, 0x2, 0x10e, 0x110, 0x3, 0x2, 0x2, 0x2, 
    0x10f, 0xe6, 0x3, 0x2, 0x2, 0x2, 0x10f, 0xf5, 0x3, 0x2, 0x2, 0x2, 0x110, 
    0x17, 0x3, 0x2, 0x2, 0x2, 0x111, 0x112, 0x7, 0xb, 0x2, 0x2, 0x112, 0x117, 
    0x5, 0x1a, 0xe, 0x2, 0x113, 0x114, 0x7, 0xc, 0x2, 0x2, 0x114, 0x116, 
    0x5, 0x1a, 0xe, 0x2, 0x115, 0x113, 0x3, 0x2, 0x2, 0x2, 0x116, 0x119, 
    0x3, 0x2, 0x2, 0x2, 0x117, 0x115, 0x3, 0x2, 0x2, 0x2, 0x117, 0x118, 
    0x3, 0x2, 0x2, 0x2, 0x118, 0x11b, 0x3, 0x2, 0x2, 0x2, 0x119, 0x117, 
    0x3, 0x2, 0x2, 0x2, 0x11a, 0x11c, 0x7, 0xc, 0x2, 0x2, 0x11b, 0x11a, 
    0x3, 0x2, 0x2, 0x2, 0x11b, 0x11c, 0x3, 0x2, 0x2, 0x2, 0x11c, 0x11d, 
    0x3, 0x2, 0x2, 0x2, 0x11d, 0x11e, 0x7, 0xd, 0x2, 0x2, 0x11e, 0x19, 0x3, 
    0x2, 0x2, 0x2, 0x11f, 0x120, 0x5, 0x40, 0x21, 0x2, 0x120, 0x121, 0x7, 
    0xf, 0x2, 0x2, 0x121, 0x122, 0x5, 0x40, 0x21, 0x2, 0x122, 0x1b, 0x3, 
    0x2, 0x2, 0x2, 0x123, 0x124, 0x7, 0x19, 0x2, 0x2, 0x124, 0x125, 0x5, 
    0x48, 0x25, 0x2, 0x125, 0x126, 0x7, 0xf, 0x2, 0x2, 0x126, 0x128, 0x5, 
    0x12, 0xa, 0x2, 0x127, 0x129, 0x7, 0x6b, 0x2, 0x2, 0x128, 0x127, 0x3, 
    0x2, 0x2, 0x2, 0x128, 0x129, 0x3, 0x2, 0x2, 0x2, 0x129, 0x12d, 0x3, 
    0x2, 0x2, 0x2, 0x12a, 0x12c, 0x5, 0x26, 0x14, 0x2, 0x12b, 0x12a, 0x3, 
    0x2, 0x2, 0x2, 0x12c, 0x12f, 0x3, 0x2, 0x2, 0x2, 0x12d, 0x12b, 0x3, 
    0x2, 0x2, 0x2, 0x12d, 0x12e, 0x3, 0x2, 0x2, 0x2, 0x12e, 0x130, 0x3, 
    0x2, 0x2, 0x2, 0x12f, 0x12d, 0x3, 0x2, 0x2, 0x2, 0x130, 0x131, 0x7, 
    0x15, 0x2, 0x2, 0x131, 0x136, 0x5, 0x40, 0x21, 0x2, 0x132, 0x133, 0x7, 
    0xc, 0x2, 0x2, 0x133, 0x135, 0x5, 0x40, 0x21, 0x2, 0x134, 0x132, 0x3, 
    0x2, 0x2, 0x2, 0x135, 0x138, 0x3, 0x2, 0x2, 0x2, 0x136, 0x134, 0x3, 
    0x2, 0x2, 0x2, 0x136, 0x137, 0x3, 0x2, 0x2, 0x2, 0x137, 0x139, 0x3, 
    0x2, 0x2, 0x2, 0x138, 0x136, 0x3, 0x2, 0x2, 0x2, 0x139, 0x13a, 0x7, 
    0x4, 0x2, 0x2, 0x13a, 0x1d, 0x3, 0x2, 0x2, 0x2, 0x13b, 0x13d, 0x7, 0x65, 
    0x2, 0x2, 0x13c, 0x13b, 0x3, 0x2, 0x2, 0x2, 0x13c, 0x13d, 0x3, 0x2, 
    0x2, 0x2, 0x13d, 0x13e, 0x3, 0x2, 0x2, 0x2, 0x13e, 0x13f, 0x9, 0x2, 
    0x2, 0x2, 0x13f, 0x140, 0x5, 0x48, 0x25, 0x2, 0x140, 0x149, 0x7, 0x1c, 
    0x2, 0x2, 0x141, 0x146, 0x5, 0x20, 0x11, 0x2, 0x142, 0x143, 0x7, 0xc, 
    0x2, 0x2, 0x143, 0x145, 0x5, 0x20, 0x11, 0x2, 0x144, 0x142, 0x3, 0x2, 
    0x2, 0x2, 0x145, 0x148, 0x3, 0x2, 0x2, 0x2, 0x146, 0x144, 0x3, 0x2, 
    0x2, 0x2, 0x146, 0x147, 0x3, 0x2, 0x2, 0x2, 0x147, 0x14a, 0x3, 0x2, 
    0x2, 0x2, 0x148, 0x146, 0x3, 0x2, 0x2, 0x2, 0x149, 0x141, 0x3, 0x2, 
    0x2, 0x2, 0x149, 0x14a, 0x3, 0x2, 0x2, 0x2, 0x14a, 0x14b, 0x3, 0x2, 
    0x2, 0x2, 0x14b, 0x14e, 0x7, 0x1d, 0x2, 0x2, 0x14c, 0x14d, 0x7, 0xf, 
    0x2, 0x2, 0x14d, 0x14f, 0x5, 0x12, 0xa, 0x2, 0x14e, 0x14c, 0x3, 0x2, 
    0x2, 0x2, 0x14e, 0x14f, 0x3, 0x2, 0x2, 0x2, 0x14f, 0x151, 0x3, 0x2, 
    0x2, 0x2, 0x150, 0x152, 0x7, 0x6d, 0x2, 0x2, 0x151, 0x150, 0x3, 0x2, 
    0x2, 0x2, 0x151, 0x152, 0x3, 0x2, 0x2, 0x2, 0x152, 0x154, 0x3, 0x2, 
    0x2, 0x2, 0x153, 0x155, 0x7, 0x6b, 0x2, 0x2, 0x154, 0x153, 0x3, 0x2, 
    0x2, 0x2, 0x154, 0x155, 0x3, 0x2, 0x2, 0x2, 0x155, 0x159, 0x3, 0x2, 
    0x2, 0x2, 0x156, 0x158, 0x5, 0x26, 0x14, 0x2, 0x157, 0x156, 0x3, 0x2, 
    0x2, 0x2, 0x158, 0x15b, 0x3, 0x2, 0x2, 0x2, 0x159, 0x157, 0x3, 0x2, 
    0x2, 0x2, 0x159, 0x15a, 0x3, 0x2, 0x2, 0x2, 0x15a, 0x15d, 0x3, 0x2, 
    0x2, 0x2, 0x15b, 0x159, 0x3, 0x2, 0x2, 0x2, 0x15c, 0x15e, 0x5, 0x22, 
    0x12, 0x2, 0x15d, 0x15c, 0x3, 0x2, 0x2, 0x2, 0x15d, 0x15e, 0x3, 0x2, 
    0x2, 0x2, 0x15e, 0x15f, 0x3, 0x2, 0x2, 0x2, 0x15f, 0x160, 0x7, 0x15, 
    0x2, 0x2, 0x160, 0x164, 0x5, 0x24, 0x13, 0x2, 0x161, 0x163, 0x5, 0x28, 
    0x15, 0x2, 0x162, 0x161, 0x3, 0x2, 0x2, 0x2, 0x163, 0x166, 0x3, 0x2, 
    0x2, 0x2, 0x164, 0x162, 0x3, 0x2, 0x2, 0x2, 0x164, 0x165, 0x3, 0x2, 
    0x2, 0x2, 0x165, 0x167, 0x3, 0x2, 0x2, 0x2, 0x166, 0x164, 0x3, 0x2, 
    0x2, 0x2, 0x167, 0x168, 0x7, 0x4, 0x2, 0x2, 0x168, 0x1f, 0x3, 0x2, 0x2, 
    0x2, 0x169, 0x16a, 0x5, 0x48, 0x25, 0x2, 0x16a, 0x16b, 0x7, 0xf, 0x2, 
    0x2, 0x16b, 0x16c, 0x5, 0x12, 0xa, 0x2, 0x16c, 0x21, 0x3, 0x2, 0x2, 
    0x2, 0x16d, 0x16e, 0x7, 0x1e, 0x2, 0x2, 0x16e, 0x16f, 0x5, 0x40, 0x21, 
    0x2, 0x16f, 0x23, 0x3, 0x2, 0x2, 0x2, 0x170, 0x173, 0x5, 0x2a, 0x16, 
    0x2, 0x171, 0x173, 0x5, 0x40, 0x21, 0x2, 0x172, 0x170, 0x3, 0x2, 0x2, 
    0x2, 0x172, 0x171, 0x3, 0x2, 0x2, 0x2, 0x173, 0x25, 0x3, 0x2, 0x2, 0x2, 
    0x174, 0x175, 0x9, 0x3, 0x2, 0x2, 0x175, 0x176, 0x7, 0x6d, 0x2, 0x2, 
    0x176, 0x27, 0x3, 0x2, 0x2, 0x2, 0x177, 0x178, 0x7, 0x21, 0x2, 0x2, 
    0x178, 0x17b, 0x5, 0x48, 0x25, 0x2, 0x179, 0x17a, 0x7, 0x22, 0x2, 0x2, 
    0x17a, 0x17c, 0x5, 0x48, 0x25, 0x2, 0x17b, 0x179, 0x3, 0x2, 0x2, 0x2, 
    0x17b, 0x17c, 0x3, 0x2, 0x2, 0x2, 0x17c, 0x17e, 0x3, 0x2, 0x2, 0x2, 
    0x17d, 0x17f, 0x7, 0x6b, 0x2, 0x2, 0x17e, 0x17d, 0x3, 0x2, 0x2, 0x2, 
    0x17e, 0x17f, 0x3, 0x2, 0x2, 0x2, 0x17f, 0x183, 0x3, 0x2, 0x2, 0x2, 
    0x180, 0x182, 0x5, 0x26, 0x14, 0x2, 0x181, 0x180, 0x3, 0x2, 0x2, 0x2, 
    0x182, 0x185, 0x3, 0x2, 0x2, 0x2, 0x183, 0x181, 0x3, 0x2, 0x2, 0x2, 
    0x183, 0x184, 0x3, 0x2, 0x2, 0x2, 0x184, 0x186, 0x3, 0x2, 0x2, 0x2, 
    0x185, 0x183, 0x3, 0x2, 0x2, 0x2, 0x186, 0x187, 0x7, 0x23, 0x2, 0x2, 
    0x187, 0x188, 0x5, 0x40, 0x21, 0x2, 0x188, 0x189, 0x7, 0x17, 0x2, 0x2, 
    0x189, 0x18a, 0x5, 0x40, 0x21, 0x2, 0x18a, 0x29, 0x3, 0x2, 0x2, 0x2, 
    0x18b, 0x18c, 0x7, 0x24, 0x2, 0x2, 0x18c, 0x18d, 0x5, 0x2c, 0x17, 0x2, 
    0x18d, 0x18e, 0x7, 0x1c, 0x2, 0x2, 0x18e, 0x193, 0x5, 0x40, 0x21, 0x2, 
    0x18f, 0x190, 0x7, 0xc, 0x2, 0x2, 0x190, 0x192, 0x5, 0x40, 0x21, 0x2, 
    0x191, 0x18f, 0x3, 0x2, 0x2, 0x2, 0x192, 0x195, 0x3, 0x2, 0x2, 0x2, 
    0x193, 0x191, 0x3, 0x2, 0x2, 0x2, 0x193, 0x194, 0x3, 0x2, 0x2, 0x2, 
    0x194, 0x196, 0x3, 0x2, 0x2, 0x2, 0x195, 0x193, 0x3, 0x2, 0x2, 0x2, 
    0x196, 0x197, 0x7, 0x1d, 0x2, 0x2, 0x197, 0x19b, 0x7, 0xb, 0x2, 0x2, 
    0x198, 0x19a, 0x5, 0x2e, 0x18, 0x2, 0x199, 0x198, 0x3, 0x2, 0x2, 0x2, 
    0x19a, 0x19d, 0x3, 0x2, 0x2, 0x2, 0x19b, 0x199, 0x3, 0x2, 0x2, 0x2, 
    0x19b, 0x19c, 0x3, 0x2, 0x2, 0x2, 0x19c, 0x19e, 0x3, 0x2, 0x2, 0x2, 
    0x19d, 0x19b, 0x3, 0x2, 0x2, 0x2, 0x19e, 0x19f, 0x7, 0xd, 0x2, 0x2, 
    0x19f, 0x2b, 0x3, 0x2, 0x2, 0x2, 0x1a0, 0x1ab, 0x7, 0x25, 0x2, 0x2, 
    0x1a1, 0x1ab, 0x7, 0x26, 0x2, 0x2, 0x1a2, 0x1ab, 0x7, 0x27, 0x2, 0x2, 
    0x1a3, 0x1ab, 0x7, 0x28, 0x2, 0x2, 0x1a4, 0x1a5, 0x7, 0x29, 0x2, 0x2, 
    0x1a5, 0x1ab, 0x9, 0x4, 0x2, 0x2, 0x1a6, 0x1a7, 0x7, 0x1a, 0x2, 0x2, 
    0x1a7, 0x1ab, 0x7, 0x2e, 0x2, 0x2, 0x1a8, 0x1a9, 0x7, 0x65, 0x2, 0x2, 
    0x1a9, 0x1ab, 0x7, 0x2e, 0x2, 0x2, 0x1aa, 0x1a0, 0x3, 0x2, 0x2, 0x2, 
    0x1aa, 0x1a1, 0x3, 0x2, 0x2, 0x2, 0x1aa, 0x1a2, 0x3, 0x2, 0x2, 0x2, 
    0x1aa, 0x1a3, 0x3, 0x2, 0x2, 0x2, 0x1aa, 0x1a4, 0x3, 0x2, 0x2, 0x2, 
    0x1aa, 0x1a6, 0x3, 0x2, 0x2, 0x2, 0x1aa, 0x1a8, 0x3, 0x2, 0x2, 0x2, 
    0x1ab, 0x2d, 0x3, 0x2, 0x2, 0x2, 0x1ac, 0x1ad, 0x5, 0x48, 0x25, 0x2, 
    0x1ad, 0x1ae, 0x7, 0xf, 0x2, 0x2, 0x1ae, 0x1b0, 0x3, 0x2, 0x2, 0x2, 
    0x1af, 0x1ac, 0x3, 0x2, 0x2, 0x2, 0x1af, 0x1b0, 0x3, 0x2, 0x2, 0x2, 
    0x1b0, 0x1b1, 0x3, 0x2, 0x2, 0x2, 0x1b1, 0x1b6, 0x5, 0x30, 0x19, 0x2, 
    0x1b2, 0x1b3, 0x7, 0xc, 0x2, 0x2, 0x1b3, 0x1b5, 0x5, 0x30, 0x19, 0x2, 
    0x1b4, 0x1b2, 0x3, 0x2, 0x2, 0x2, 0x1b5, 0x1b8, 0x3, 0x2, 0x2, 0x2, 
    0x1b6, 0x1b4, 0x3, 0x2, 0x2, 0x2, 0x1b6, 0x1b7, 0x3, 0x2, 0x2, 0x2, 
    0x1b7, 0x1b9, 0x3, 0x2, 0x2, 0x2, 0x1b8, 0x1b6, 0x3, 0x2, 0x2, 0x2, 
    0x1b9, 0x1ba, 0x7, 0x2f, 0x2, 0x2, 0x1ba, 0x1bc, 0x5, 0x40, 0x21, 0x2, 
    0x1bb, 0x1bd, 0x7, 0x6b, 0x2, 0x2, 0x1bc, 0x1bb, 0x3, 0x2, 0x2, 0x2, 
    0x1bc, 0x1bd, 0x3, 0x2, 0x2, 0x2, 0x1bd, 0x1be, 0x3, 0x2, 0x2, 0x2, 
    0x1be, 0x1bf, 0x7, 0x4, 0x2, 0x2, 0x1bf, 0x1c9, 0x3, 0x2, 0x2, 0x2, 
    0x1c0, 0x1c1, 0x7, 0x30, 0x2, 0x2, 0x1c1, 0x1c2, 0x7, 0x2f, 0x2, 0x2, 
    0x1c2, 0x1c4, 0x5, 0x40, 0x21, 0x2, 0x1c3, 0x1c5, 0x7, 0x6b, 0x2, 0x2, 
    0x1c4, 0x1c3, 0x3, 0x2, 0x2, 0x2, 0x1c4, 0x1c5, 0x3, 0x2, 0x2, 0x2, 
    0x1c5, 0x1c6, 0x3, 0x2, 0x2, 0x2, 0x1c6, 0x1c7, 0x7, 0x4, 0x2, 0x2, 
    0x1c7, 0x1c9, 0x3, 0x2, 0x2, 0x2, 0x1c8, 0x1af, 0x3, 0x2, 0x2, 0x2, 
    0x1c8, 0x1c0, 0x3, 0x2, 0x2, 0x2, 0x1c9, 0x2f, 0x3, 0x2, 0x2, 0x2, 0x1ca, 
    0x1d8, 0x7, 0x31, 0x2, 0x2, 0x1cb, 0x1cc, 0x5, 0x34, 0x1b, 0x2, 0x1cc, 
    0x1cd, 0x5, 0x40, 0x21, 0x2, 0x1cd, 0x1d8, 0x3, 0x2, 0x2, 0x2, 0x1ce, 
    0x1d8, 0x7, 0x6a, 0x2, 0x2, 0x1cf, 0x1d8, 0x5, 0x40, 0x21, 0x2, 0x1d0, 
    0x1d3, 0x5, 0x32, 0x1a, 0x2, 0x1d1, 0x1d2, 0x7, 0x68, 0x2, 0x2, 0x1d2, 
    0x1d4, 0x5, 0x32, 0x1a, 0x2, 0x1d3, 0x1d1, 0x3, 0x2, 0x2, 0x2, 0x1d4, 
    0x1d5, 0x3, 0x2, 0x2, 0x2, 0x1d5, 0x1d3, 0x3, 0x2, 0x2, 0x2, 0x1d5, 
    0x1d6, 0x3, 0x2, 0x2, 0x2, 0x1d6, 0x1d8, 0x3, 0x2, 0x2, 0x2, 0x1d7, 
    0x1ca, 0x3, 0x2, 0x2, 0x2, 0x1d7, 0x1cb, 0x3, 0x2, 0x2, 0x2, 0x1d7, 
    0x1ce, 0x3, 0x2, 0x2, 0x2, 0x1d7, 0x1cf, 0x3, 0x2, 0x2, 0x2, 0x1d7, 
    0x1d0, 0x3, 0x2, 0x2, 0x2, 0x1d8, 0x31, 0x3, 0x2, 0x2, 0x2, 0x1d9, 0x1da, 
    0x5, 0x34, 0x1b, 0x2, 0x1da, 0x1db, 0x5, 0x40, 0x21, 0x2, 0x1db, 0x1df, 
    0x3, 0x2, 0x2, 0x2, 0x1dc, 0x1df, 0x7, 0x6a, 0x2, 0x2, 0x1dd, 0x1df, 
    0x5, 0x40, 0x21, 0x2, 0x1de, 0x1d9, 0x3, 0x2, 0x2, 0x2, 0x1de, 0x1dc, 
    0x3, 0x2, 0x2, 0x2, 0x1de, 0x1dd, 0x3, 0x2, 0x2, 0x2, 0x1df, 0x33, 0x3, 
    0x2, 0x2, 0x2, 0x1e0, 0x1e1, 0x9, 0x5, 0x2, 0x2, 0x1e1, 0x35, 0x3, 0x2, 
    0x2, 0x2, 0x1e2, 0x1e3, 0x7, 0x38, 0x2, 0x2, 0x1e3, 0x224, 0x5, 0x38, 
    0x1d, 0x2, 0x1e4, 0x1e5, 0x7, 0x39, 0x2, 0x2, 0x1e5, 0x224, 0x5, 0x38, 
    0x1d, 0x2, 0x1e6, 0x1e7, 0x7, 0x3a, 0x2, 0x2, 0x1e7, 0x1e8, 0x9, 0x6, 
    0x2, 0x2, 0x1e8, 0x1ea, 0x5, 0x48, 0x25, 0x2, 0x1e9, 0x1eb, 0x7, 0x6b, 
    0x2, 0x2, 0x1ea, 0x1e9, 0x3, 0x2, 0x2, 0x2, 0x1ea, 0x1eb, 0x3, 0x2, 
    0x2, 0x2, 0x1eb, 0x1ec, 0x3, 0x2, 0x2, 0x2, 0x1ec, 0x1ed, 0x7, 0x4, 
    0x2, 0x2, 0x1ed, 0x224, 0x3, 0x2, 0x2, 0x2, 0x1ee, 0x1ef, 0x7, 0x3a, 
    0x2, 0x2, 0x1ef, 0x1f0, 0x7, 0x21, 0x2, 0x2, 0x1f0, 0x1f1, 0x5, 0x48, 
    0x25, 0x2, 0x1f1, 0x1f2, 0x7, 0x3b, 0x2, 0x2, 0x1f2, 0x1f4, 0x5, 0x48, 
    0x25, 0x2, 0x1f3, 0x1f5, 0x7, 0x6b, 0x2, 0x2, 0x1f4, 0x1f3, 0x3, 0x2, 
    0x2, 0x2, 0x1f4, 0x1f5, 0x3, 0x2, 0x2, 0x2, 0x1f5, 0x1f6, 0x3, 0x2, 
    0x2, 0x2, 0x1f6, 0x1f7, 0x7, 0x4, 0x2, 0x2, 0x1f7, 0x224, 0x3, 0x2, 
    0x2, 0x2, 0x1f8, 0x1f9, 0x7, 0x3a, 0x2, 0x2, 0x1f9, 0x1fa, 0x7, 0x3c, 
    0x2, 0x2, 0x1fa, 0x1fb, 0x5, 0x48, 0x25, 0x2, 0x1fb, 0x1fc, 0x7, 0x3b, 
    0x2, 0x2, 0x1fc, 0x1fe, 0x5, 0x48, 0x25, 0x2, 0x1fd, 0x1ff, 0x7, 0x6b, 
    0x2, 0x2, 0x1fe, 0x1fd, 0x3, 0x2, 0x2, 0x2, 0x1fe, 0x1ff, 0x3, 0x2, 
    0x2, 0x2, 0x1ff, 0x200, 0x3, 0x2, 0x2, 0x2, 0x200, 0x201, 0x7, 0x4, 
    0x2, 0x2, 0x201, 0x224, 0x3, 0x2, 0x2, 0x2, 0x202, 0x203, 0x7, 0x3a, 
    0x2, 0x2, 0x203, 0x204, 0x7, 0x3d, 0x2, 0x2, 0x204, 0x205, 0x5, 0x48, 
    0x25, 0x2, 0x205, 0x206, 0x7, 0x3b, 0x2, 0x2, 0x206, 0x208, 0x5, 0x48, 
    0x25, 0x2, 0x207, 0x209, 0x7, 0x6b, 0x2, 0x2, 0x208, 0x207, 0x3, 0x2, 
    0x2, 0x2, 0x208, 0x209, 0x3, 0x2, 0x2, 0x2, 0x209, 0x20a, 0x3, 0x2, 
    0x2, 0x2, 0x20a, 0x20b, 0x7, 0x4, 0x2, 0x2, 0x20b, 0x224, 0x3, 0x2, 
    0x2, 0x2, 0x20c, 0x20d, 0x7, 0x3e, 0x2, 0x2, 0x20d, 0x20e, 0x7, 0x14, 
    0x2, 0x2, 0x20e, 0x211, 0x5, 0x48, 0x25, 0x2, 0x20f, 0x210, 0x7, 0x3f, 
    0x2, 0x2, 0x210, 0x212, 0x7, 0x71, 0x2, 0x2, 0x211, 0x20f, 0x3, 0x2, 
    0x2, 0x2, 0x211, 0x212, 0x3, 0x2, 0x2, 0x2, 0x212, 0x214, 0x3, 0x2, 
    0x2, 0x2, 0x213, 0x215, 0x7, 0x6b, 0x2, 0x2, 0x214, 0x213, 0x3, 0x2, 
    0x2, 0x2, 0x214, 0x215, 0x3, 0x2, 0x2, 0x2, 0x215, 0x219, 0x3, 0x2, 
    0x2, 0x2, 0x216, 0x218, 0x5, 0x26, 0x14, 0x2, 0x217, 0x216, 0x3, 0x2, 
    0x2, 0x2, 0x218, 0x21b, 0x3, 0x2, 0x2, 0x2, 0x219, 0x217, 0x3, 0x2, 
    0x2, 0x2, 0x219, 0x21a, 0x3, 0x2, 0x2, 0x2, 0x21a, 0x21c, 0x3, 0x2, 
    0x2, 0x2, 0x21b, 0x219, 0x3, 0x2, 0x2, 0x2, 0x21c, 0x21f, 0x7, 0x15, 
    0x2, 0x2, 0x21d, 0x220, 0x5, 0x1a, 0xe, 0x2, 0x21e, 0x220, 0x5, 0x16, 
    0xc, 0x2, 0x21f, 0x21d, 0x3, 0x2, 0x2, 0x2, 0x21f, 0x21e, 0x3, 0x2, 
    0x2, 0x2, 0x220, 0x221, 0x3, 0x2, 0x2, 0x2, 0x221, 0x222, 0x7, 0x4, 
    0x2, 0x2, 0x222, 0x224, 0x3, 0x2, 0x2, 0x2, 0x223, 0x1e2, 0x3, 0x2, 
    0x2, 0x2, 0x223, 0x1e4, 0x3, 0x2, 0x2, 0x2, 0x223, 0x1e6, 0x3, 0x2, 
    0x2, 0x2, 0x223, 0x1ee, 0x3, 0x2, 0x2, 0x2, 0x223, 0x1f8, 0x3, 0x2, 
    0x2, 0x2, 0x223, 0x202, 0x3, 0x2, 0x2, 0x2, 0x223, 0x20c, 0x3, 0x2, 
    0x2, 0x2, 0x224, 0x37, 0x3, 0x2, 0x2, 0x2, 0x225, 0x271, 0x5, 0x1e, 
    0x10, 0x2, 0x226, 0x271, 0x5, 0x14, 0xb, 0x2, 0x227, 0x271, 0x5, 0x1c, 
    0xf, 0x2, 0x228, 0x271, 0x5, 0x8, 0x5, 0x2, 0x229, 0x271, 0x5, 0xc, 
    0x7, 0x2, 0x22a, 0x22b, 0x7, 0x3d, 0x2, 0x2, 0x22b, 0x22c, 0x5, 0x48, 
    0x25, 0x2, 0x22c, 0x22d, 0x7, 0x3b, 0x2, 0x2, 0x22d, 0x22e, 0x5, 0x48, 
    0x25, 0x2, 0x22e, 0x22f, 0x7, 0xf, 0x2, 0x2, 0x22f, 0x233, 0x5, 0x12, 
    0xa, 0x2, 0x230, 0x232, 0x5, 0x10, 0x9, 0x2, 0x231, 0x230, 0x3, 0x2, 
    0x2, 0x2, 0x232, 0x235, 0x3, 0x2, 0x2, 0x2, 0x233, 0x231, 0x3, 0x2, 
    0x2, 0x2, 0x233, 0x234, 0x3, 0x2, 0x2, 0x2, 0x234, 0x237, 0x3, 0x2, 
    0x2, 0x2, 0x235, 0x233, 0x3, 0x2, 0x2, 0x2, 0x236, 0x238, 0x7, 0x6b, 
    0x2, 0x2, 0x237, 0x236, 0x3, 0x2, 0x2, 0x2, 0x237, 0x238, 0x3, 0x2, 
    0x2, 0x2, 0x238, 0x23c, 0x3, 0x2, 0x2, 0x2, 0x239, 0x23b, 0x5, 0x26, 
    0x14, 0x2, 0x23a, 0x239, 0x3, 0x2, 0x2, 0x2, 0x23b, 0x23e, 0x3, 0x2, 
    0x2, 0x2, 0x23c, 0x23a, 0x3, 0x2, 0x2, 0x2, 0x23c, 0x23d, 0x3, 0x2, 
    0x2, 0x2, 0x23d, 0x23f, 0x3, 0x2, 0x2, 0x2, 0x23e, 0x23c, 0x3, 0x2, 
    0x2, 0x2, 0x23f, 0x240, 0x7, 0x4, 0x2, 0x2, 0x240, 0x271, 0x3, 0x2, 
    0x2, 0x2, 0x241, 0x242, 0x7, 0x21, 0x2, 0x2, 0x242, 0x243, 0x5, 0x48, 
    0x25, 0x2, 0x243, 0x244, 0x7, 0x3b, 0x2, 0x2, 0x244, 0x247, 0x5, 0x48, 
    0x25, 0x2, 0x245, 0x246, 0x7, 0x22, 0x2, 0x2, 0x246, 0x248, 0x5, 0x48, 
    0x25, 0x2, 0x247, 0x245, 0x3, 0x2, 0x2, 0x2, 0x247, 0x248, 0x3, 0x2, 
    0x2, 0x2, 0x248, 0x24a, 0x3, 0x2, 0x2, 0x2, 0x249, 0x24b, 0x7, 0x6b, 
    0x2, 0x2, 0x24a, 0x249, 0x3, 0x2, 0x2, 0x2, 0x24a, 0x24b, 0x3, 0x2, 
    0x2, 0x2, 0x24b, 0x24f, 0x3, 0x2, 0x2, 0x2, 0x24c, 0x24e, 0x5, 0x26, 
    0x14, 0x2, 0x24d, 0x24c, 0x3, 0x2, 0x2, 0x2, 0x24e, 0x251, 0x3, 0x2, 
    0x2, 0x2, 0x24f, 0x24d, 0x3, 0x2, 0x2, 0x2, 0x24f, 0x250, 0x3, 0x2, 
    0x2, 0x2, 0x250, 0x252, 0x3, 0x2, 0x2, 0x2, 0x251, 0x24f, 0x3, 0x2, 
    0x2, 0x2, 0x252, 0x253, 0x7, 0x23, 0x2, 0x2, 0x253, 0x254, 0x5, 0x40, 
    0x21, 0x2, 0x254, 0x255, 0x7, 0x17, 0x2, 0x2, 0x255, 0x256, 0x5, 0x40, 
    0x21, 0x2, 0x256, 0x257, 0x7, 0x4, 0x2, 0x2, 0x257, 0x271, 0x3, 0x2, 
    0x2, 0x2, 0x258, 0x259, 0x7, 0x3c, 0x2, 0x2, 0x259, 0x25a, 0x5, 0x48, 
    0x25, 0x2, 0x25a, 0x25b, 0x7, 0x3b, 0x2, 0x2, 0x25b, 0x25e, 0x5, 0x48, 
    0x25, 0x2, 0x25c, 0x25d, 0x9, 0x7, 0x2, 0x2, 0x25d, 0x25f, 0x5, 0x48, 
    0x25, 0x2, 0x25e, 0x25c, 0x3, 0x2, 0x2, 0x2, 0x25e, 0x25f, 0x3, 0x2, 
    0x2, 0x2, 0x25f, 0x260, 0x3, 0x2, 0x2, 0x2, 0x260, 0x261, 0x7, 0xf, 
    0x2, 0x2, 0x261, 0x266, 0x5, 0x30, 0x19, 0x2, 0x262, 0x263, 0x7, 0xc, 
    0x2, 0x2, 0x263, 0x265, 0x5, 0x30, 0x19, 0x2, 0x264, 0x262, 0x3, 0x2, 
    0x2, 0x2, 0x265, 0x268, 0x3, 0x2, 0x2, 0x2, 0x266, 0x264, 0x3, 0x2, 
    0x2, 0x2, 0x266, 0x267, 0x3, 0x2, 0x2, 0x2, 0x267, 0x269, 0x3, 0x2, 
    0x2, 0x2, 0x268, 0x266, 0x3, 0x2, 0x2, 0x2, 0x269, 0x26a, 0x7, 0x2f, 
    0x2, 0x2, 0x26a, 0x26c, 0x5, 0x40, 0x21, 0x2, 0x26b, 0x26d, 0x7, 0x6b, 
    0x2, 0x2, 0x26c, 0x26b, 0x3, 0x2, 0x2, 0x2, 0x26c, 0x26d, 0x3, 0x2, 
    0x2, 0x2, 0x26d, 0x26e, 0x3, 0x2, 0x2, 0x2, 0x26e, 0x26f, 0x7, 0x4, 
    0x2, 0x2, 0x26f, 0x271, 0x3, 0x2, 0x2, 0x2, 0x270, 0x225, 0x3, 0x2, 
    0x2, 0x2, 0x270, 0x226, 0x3, 0x2, 0x2, 0x2, 0x270, 0x227, 0x3, 0x2, 
    0x2, 0x2, 0x270, 0x228, 0x3, 0x2, 0x2, 0x2, 0x270, 0x229, 0x3, 0x2, 
    0x2, 0x2, 0x270, 0x22a, 0x3, 0x2, 0x2, 0x2, 0x270, 0x241, 0x3, 0x2, 
    0x2, 0x2, 0x270, 0x258, 0x3, 0x2, 0x2, 0x2, 0x271, 0x39, 0x3, 0x2, 0x2, 
    0x2, 0x272, 0x273, 0x7, 0x42, 0x2, 0x2, 0x273, 0x275, 0x5, 0x48, 0x25, 
    0x2, 0x274, 0x276, 0x7, 0x6d, 0x2, 0x2, 0x275, 0x274, 0x3, 0x2, 0x2, 
    0x2, 0x275, 0x276, 0x3, 0x2, 0x2, 0x2, 0x276, 0x278, 0x3, 0x2, 0x2, 
    0x2, 0x277, 0x279, 0x7, 0x6b, 0x2, 0x2, 0x278, 0x277, 0x3, 0x2, 0x2, 
    0x2, 0x278, 0x279, 0x3, 0x2, 0x2, 0x2, 0x279, 0x27a, 0x3, 0x2, 0x2, 
    0x2, 0x27a, 0x27e, 0x7, 0xb, 0x2, 0x2, 0x27b, 0x27d, 0x5, 0x3c, 0x1f, 
    0x2, 0x27c, 0x27b, 0x3, 0x2, 0x2, 0x2, 0x27d, 0x280, 0x3, 0x2, 0x2, 
    0x2, 0x27e, 0x27c, 0x3, 0x2, 0x2, 0x2, 0x27e, 0x27f, 0x3, 0x2, 0x2, 
    0x2, 0x27f, 0x281, 0x3, 0x2, 0x2, 0x2, 0x280, 0x27e, 0x3, 0x2, 0x2, 
    0x2, 0x281, 0x282, 0x7, 0xd, 0x2, 0x2, 0x282, 0x3b, 0x3, 0x2, 0x2, 0x2, 
    0x283, 0x284, 0x7, 0x43, 0x2, 0x2, 0x284, 0x285, 0x5, 0x48, 0x25, 0x2, 
    0x285, 0x286, 0x5, 0x48, 0x25, 0x2, 0x286, 0x292, 0x7, 0xb, 0x2, 0x2, 
    0x287, 0x28c, 0x5, 0x3e, 0x20, 0x2, 0x288, 0x289, 0x7, 0xc, 0x2, 0x2, 
    0x289, 0x28b, 0x5, 0x3e, 0x20, 0x2, 0x28a, 0x288, 0x3, 0x2, 0x2, 0x2, 
    0x28b, 0x28e, 0x3, 0x2, 0x2, 0x2, 0x28c, 0x28a, 0x3, 0x2, 0x2, 0x2, 
    0x28c, 0x28d, 0x3, 0x2, 0x2, 0x2, 0x28d, 0x290, 0x3, 0x2, 0x2, 0x2, 
    0x28e, 0x28c, 0x3, 0x2, 0x2, 0x2, 0x28f, 0x291, 0x7, 0xc, 0x2, 0x2, 
    0x290, 0x28f, 0x3, 0x2, 0x2, 0x2, 0x290, 0x291, 0x3, 0x2, 0x2, 0x2, 
    0x291, 0x293, 0x3, 0x2, 0x2, 0x2, 0x292, 0x287, 0x3, 0x2, 0x2, 0x2, 
    0x292, 0x293, 0x3, 0x2, 0x2, 0x2, 0x293, 0x294, 0x3, 0x2, 0x2, 0x2, 
    0x294, 0x296, 0x7, 0xd, 0x2, 0x2, 0x295, 0x297, 0x7, 0x4, 0x2, 0x2, 
    0x296, 0x295, 0x3, 0x2, 0x2, 0x2, 0x296, 0x297, 0x3, 0x2, 0x2, 0x2, 
    0x297, 0x2ba, 0x3, 0x2, 0x2, 0x2, 0x298, 0x299, 0x7, 0x43, 0x2, 0x2, 
    0x299, 0x29a, 0x7, 0x44, 0x2, 0x2, 0x29a, 0x29b, 0x5, 0x48, 0x25, 0x2, 
    0x29b, 0x29c, 0x7, 0x18, 0x2, 0x2, 0x29c, 0x29d, 0x7, 0x6d, 0x2, 0x2, 
    0x29d, 0x29e, 0x7, 0x4, 0x2, 0x2, 0x29e, 0x2ba, 0x3, 0x2, 0x2, 0x2, 
    0x29f, 0x2a0, 0x7, 0x45, 0x2, 0x2, 0x2a0, 0x2a1, 0x5, 0x48, 0x25, 0x2, 
    0x2a1, 0x2a2, 0x7, 0x1c, 0x2, 0x2, 0x2a2, 0x2a3, 0x5, 0x48, 0x25, 0x2, 
    0x2a3, 0x2a4, 0x7, 0x1d, 0x2, 0x2, 0x2a4, 0x2a5, 0x7, 0x32, 0x2, 0x2, 
    0x2a5, 0x2a6, 0x5, 0x40, 0x21, 0x2, 0x2a6, 0x2a7, 0x7, 0x4, 0x2, 0x2, 
    0x2a7, 0x2ba, 0x3, 0x2, 0x2, 0x2, 0x2a8, 0x2a9, 0x7, 0x45, 0x2, 0x2, 
    0x2a9, 0x2aa, 0x7, 0x46, 0x2, 0x2, 0x2aa, 0x2ab, 0x7, 0x6d, 0x2, 0x2, 
    0x2ab, 0x2ba, 0x7, 0x4, 0x2, 0x2, 0x2ac, 0x2ad, 0x7, 0x47, 0x2, 0x2, 
    0x2ad, 0x2ae, 0x7, 0x6d, 0x2, 0x2, 0x2ae, 0x2ba, 0x7, 0x4, 0x2, 0x2, 
    0x2af, 0x2b0, 0x7, 0x48, 0x2, 0x2, 0x2b0, 0x2b1, 0x7, 0x12, 0x2, 0x2, 
    0x2b1, 0x2b2, 0x7, 0x6f, 0x2, 0x2, 0x2b2, 0x2ba, 0x7, 0x4, 0x2, 0x2, 
    0x2b3, 0x2b4, 0x7, 0x14, 0x2, 0x2, 0x2b4, 0x2b5, 0x5, 0x48, 0x25, 0x2, 
    0x2b5, 0x2b6, 0x7, 0x15, 0x2, 0x2, 0x2b6, 0x2b7, 0x5, 0x40, 0x21, 0x2, 
    0x2b7, 0x2b8, 0x7, 0x4, 0x2, 0x2, 0x2b8, 0x2ba, 0x3, 0x2, 0x2, 0x2, 
    0x2b9, 0x283, 0x3, 0x2, 0x2, 0x2, 0x2b9, 0x298, 0x3, 0x2, 0x2, 0x2, 
    0x2b9, 0x29f, 0x3, 0x2, 0x2, 0x2, 0x2b9, 0x2a8, 0x3, 0x2, 0x2, 0x2, 
    0x2b9, 0x2ac, 0x3, 0x2, 0x2, 0x2, 0x2b9, 0x2af, 0x3, 0x2, 0x2, 0x2, 
    0x2b9, 0x2b3, 0x3, 0x2, 0x2, 0x2, 0x2ba, 0x3d, 0x3, 0x2, 0x2, 0x2, 0x2bb, 
    0x2bc, 0x5, 0x48, 0x25, 0x2, 0x2bc, 0x2bd, 0x7, 0xf, 0x2, 0x2, 0x2bd, 
    0x2be, 0x5, 0x40, 0x21, 0x2, 0x2be, 0x3f, 0x3, 0x2, 0x2, 0x2, 0x2bf, 
    0x2c0, 0x8, 0x21, 0x1, 0x2, 0x2c0, 0x2c6, 0x5, 0x42, 0x22, 0x2, 0x2c1, 
    0x2c2, 0x7, 0x4a, 0x2, 0x2, 0x2c2, 0x2c6, 0x5, 0x40, 0x21, 0x10, 0x2c3, 
    0x2c4, 0x9, 0x8, 0x2, 0x2, 0x2c4, 0x2c6, 0x5, 0x40, 0x21, 0x5, 0x2c5, 
    0x2bf, 0x3, 0x2, 0x2, 0x2, 0x2c5, 0x2c1, 0x3, 0x2, 0x2, 0x2, 0x2c5, 
    0x2c3, 0x3, 0x2, 0x2, 0x2, 0x2c6, 0x2fd, 0x3, 0x2, 0x2, 0x2, 0x2c7, 
    0x2c8, 0xc, 0x11, 0x2, 0x2, 0x2c8, 0x2c9, 0x7, 0x49, 0x2, 0x2, 0x2c9, 
    0x2fc, 0x5, 0x40, 0x21, 0x12, 0x2ca, 0x2cb, 0xc, 0xf, 0x2, 0x2, 0x2cb, 
    0x2cc, 0x9, 0x9, 0x2, 0x2, 0x2cc, 0x2fc, 0x5, 0x40, 0x21, 0x10, 0x2cd, 
    0x2ce, 0xc, 0xe, 0x2, 0x2, 0x2ce, 0x2cf, 0x9, 0xa, 0x2, 0x2, 0x2cf, 
    0x2fc, 0x5, 0x40, 0x21, 0xf, 0x2d0, 0x2d1, 0xc, 0xd, 0x2, 0x2, 0x2d1, 
    0x2d2, 0x7, 0x4f, 0x2, 0x2, 0x2d2, 0x2fc, 0x5, 0x40, 0x21, 0xe, 0x2d3, 
    0x2d4, 0xc, 0xc, 0x2, 0x2, 0x2d4, 0x2d5, 0x5, 0x34, 0x1b, 0x2, 0x2d5, 
    0x2d6, 0x5, 0x40, 0x21, 0xd, 0x2d6, 0x2fc, 0x3, 0x2, 0x2, 0x2, 0x2d7, 
    0x2d8, 0xc, 0xb, 0x2, 0x2, 0x2d8, 0x2d9, 0x7, 0x15, 0x2, 0x2, 0x2d9, 
    0x2fc, 0x5, 0x40, 0x21, 0xc, 0x2da, 0x2dc, 0xc, 0xa, 0x2, 0x2, 0x2db, 
    0x2dd, 0x7, 0x66, 0x2, 0x2, 0x2dc, 0x2db, 0x3, 0x2, 0x2, 0x2, 0x2dc, 
    0x2dd, 0x3, 0x2, 0x2, 0x2, 0x2dd, 0x2de, 0x3, 0x2, 0x2, 0x2, 0x2de, 
    0x2df, 0x7, 0x50, 0x2, 0x2, 0x2df, 0x2fc, 0x5, 0x40, 0x21, 0xb, 0x2e0, 
    0x2e1, 0xc, 0x9, 0x2, 0x2, 0x2e1, 0x2e2, 0x7, 0x51, 0x2, 0x2, 0x2e2, 
    0x2fc, 0x5, 0x40, 0x21, 0xa, 0x2e3, 0x2e4, 0xc, 0x8, 0x2, 0x2, 0x2e4, 
    0x2e5, 0x7, 0x52, 0x2, 0x2, 0x2e5, 0x2fc, 0x5, 0x40, 0x21, 0x9, 0x2e6, 
    0x2e7, 0xc, 0x4, 0x2, 0x2, 0x2e7, 0x2e8, 0x9, 0xb, 0x2, 0x2, 0x2e8, 
    0x2fc, 0x5, 0x40, 0x21, 0x5, 0x2e9, 0x2ea, 0xc, 0x3, 0x2, 0x2, 0x2ea, 
    0x2eb, 0x9, 0xc, 0x2, 0x2, 0x2eb, 0x2fc, 0x5, 0x40, 0x21, 0x4, 0x2ec, 
    0x2ed, 0xc, 0x12, 0x2, 0x2, 0x2ed, 0x2ee, 0x7, 0x3b, 0x2, 0x2, 0x2ee, 
    0x2fc, 0x5, 0x48, 0x25, 0x2, 0x2ef, 0x2f0, 0xc, 0x7, 0x2, 0x2, 0x2f0, 
    0x2f2, 0x7, 0x53, 0x2, 0x2, 0x2f1, 0x2f3, 0x7, 0x66, 0x2, 0x2, 0x2f2, 
    0x2f1, 0x3, 0x2, 0x2, 0x2, 0x2f2, 0x2f3, 0x3, 0x2, 0x2, 0x2, 0x2f3, 
    0x2f4, 0x3, 0x2, 0x2, 0x2, 0x2f4, 0x2fc, 0x7, 0x54, 0x2, 0x2, 0x2f5, 
    0x2f6, 0xc, 0x6, 0x2, 0x2, 0x2f6, 0x2f7, 0x7, 0x53, 0x2, 0x2, 0x2f7, 
    0x2f9, 0x7, 0x55, 0x2, 0x2, 0x2f8, 0x2fa, 0x5, 0x48, 0x25, 0x2, 0x2f9, 
    0x2f8, 0x3, 0x2, 0x2, 0x2, 0x2f9, 0x2fa, 0x3, 0x2, 0x2, 0x2, 0x2fa, 
    0x2fc, 0x3, 0x2, 0x2, 0x2, 0x2fb, 0x2c7, 0x3, 0x2, 0x2, 0x2, 0x2fb, 
    0x2ca, 0x3, 0x2, 0x2, 0x2, 0x2fb, 0x2cd, 0x3, 0x2, 0x2, 0x2, 0x2fb, 
    0x2d0, 0x3, 0x2, 0x2, 0x2, 0x2fb, 0x2d3, 0x3, 0x2, 0x2, 0x2, 0x2fb, 
    0x2d7, 0x3, 0x2, 0x2, 0x2, 0x2fb, 0x2da, 0x3, 0x2, 0x2, 0x2, 0x2fb, 
    0x2e0, 0x3, 0x2, 0x2, 0x2, 0x2fb, 0x2e3, 0x3, 0x2, 0x2, 0x2, 0x2fb, 
    0x2e6, 0x3, 0x2, 0x2, 0x2, 0x2fb, 0x2e9, 0x3, 0x2, 0x2, 0x2, 0x2fb, 
    0x2ec, 0x3, 0x2, 0x2, 0x2, 0x2fb, 0x2ef, 0x3, 0x2, 0x2, 0x2, 0x2fb, 
    0x2f5, 0x3, 0x2, 0x2, 0x2, 0x2fc, 0x2ff, 0x3, 0x2, 0x2, 0x2, 0x2fd, 
    0x2fb, 0x3, 0x2, 0x2, 0x2, 0x2fd, 0x2fe, 0x3, 0x2, 0x2, 0x2, 0x2fe, 
    0x41, 0x3, 0x2, 0x2, 0x2, 0x2ff, 0x2fd, 0x3, 0x2, 0x2, 0x2, 0x300, 0x358, 
    0x7, 0x71, 0x2, 0x2, 0x301, 0x358, 0x7, 0x70, 0x2, 0x2, 0x302, 0x358, 
    0x7, 0x6d, 0x2, 0x2, 0x303, 0x358, 0x7, 0x6f, 0x2, 0x2, 0x304, 0x358, 
    0x9, 0xd, 0x2, 0x2, 0x305, 0x358, 0x7, 0x54, 0x2, 0x2, 0x306, 0x307, 
    0x9, 0xe, 0x2, 0x2, 0x307, 0x30b, 0x7, 0x1c, 0x2, 0x2, 0x308, 0x309, 
    0x5, 0x40, 0x21, 0x2, 0x309, 0x30a, 0x7, 0x9, 0x2, 0x2, 0x30a, 0x30c, 
    0x3, 0x2, 0x2, 0x2, 0x30b, 0x308, 0x3, 0x2, 0x2, 0x2, 0x30b, 0x30c, 
    0x3, 0x2, 0x2, 0x2, 0x30c, 0x30d, 0x3, 0x2, 0x2, 0x2, 0x30d, 0x30e, 
    0x5, 0x48, 0x25, 0x2, 0x30e, 0x30f, 0x7, 0x50, 0x2, 0x2, 0x30f, 0x312, 
    0x5, 0x48, 0x25, 0x2, 0x310, 0x311, 0x7, 0x5e, 0x2, 0x2, 0x311, 0x313, 
    0x5, 0x40, 0x21, 0x2, 0x312, 0x310, 0x3, 0x2, 0x2, 0x2, 0x312, 0x313, 
    0x3, 0x2, 0x2, 0x2, 0x313, 0x316, 0x3, 0x2, 0x2, 0x2, 0x314, 0x315, 
    0x7, 0x5f, 0x2, 0x2, 0x315, 0x317, 0x5, 0x40, 0x21, 0x2, 0x316, 0x314, 
    0x3, 0x2, 0x2, 0x2, 0x316, 0x317, 0x3, 0x2, 0x2, 0x2, 0x317, 0x318, 
    0x3, 0x2, 0x2, 0x2, 0x318, 0x319, 0x7, 0x1d, 0x2, 0x2, 0x319, 0x358, 
    0x3, 0x2, 0x2, 0x2, 0x31a, 0x31b, 0x5, 0x48, 0x25, 0x2, 0x31b, 0x324, 
    0x7, 0x1c, 0x2, 0x2, 0x31c, 0x321, 0x5, 0x40, 0x21, 0x2, 0x31d, 0x31e, 
    0x7, 0xc, 0x2, 0x2, 0x31e, 0x320, 0x5, 0x40, 0x21, 0x2, 0x31f, 0x31d, 
    0x3, 0x2, 0x2, 0x2, 0x320, 0x323, 0x3, 0x2, 0x2, 0x2, 0x321, 0x31f, 
    0x3, 0x2, 0x2, 0x2, 0x321, 0x322, 0x3, 0x2, 0x2, 0x2, 0x322, 0x325, 
    0x3, 0x2, 0x2, 0x2, 0x323, 0x321, 0x3, 0x2, 0x2, 0x2, 0x324, 0x31c, 
    0x3, 0x2, 0x2, 0x2, 0x324, 0x325, 0x3, 0x2, 0x2, 0x2, 0x325, 0x326, 
    0x3, 0x2, 0x2, 0x2, 0x326, 0x327, 0x7, 0x1d, 0x2, 0x2, 0x327, 0x358, 
    0x3, 0x2, 0x2, 0x2, 0x328, 0x329, 0x9, 0xf, 0x2, 0x2, 0x329, 0x32a, 
    0x7, 0x1c, 0x2, 0x2, 0x32a, 0x32b, 0x5, 0x40, 0x21, 0x2, 0x32b, 0x32c, 
    0x7, 0xc, 0x2, 0x2, 0x32c, 0x32d, 0x5, 0x40, 0x21, 0x2, 0x32d, 0x32e, 
    0x7, 0x1d, 0x2, 0x2, 0x32e, 0x358, 0x3, 0x2, 0x2, 0x2, 0x32f, 0x358, 
    0x5, 0x48, 0x25, 0x2, 0x330, 0x339, 0x7, 0xb, 0x2, 0x2, 0x331, 0x336, 
    0x5, 0x40, 0x21, 0x2, 0x332, 0x333, 0x7, 0xc, 0x2, 0x2, 0x333, 0x335, 
    0x5, 0x40, 0x21, 0x2, 0x334, 0x332, 0x3, 0x2, 0x2, 0x2, 0x335, 0x338, 
    0x3, 0x2, 0x2, 0x2, 0x336, 0x334, 0x3, 0x2, 0x2, 0x2, 0x336, 0x337, 
    0x3, 0x2, 0x2, 0x2, 0x337, 0x33a, 0x3, 0x2, 0x2, 0x2, 0x338, 0x336, 
    0x3, 0x2, 0x2, 0x2, 0x339, 0x331, 0x3, 0x2, 0x2, 0x2, 0x339, 0x33a, 
    0x3, 0x2, 0x2, 0x2, 0x33a, 0x33b, 0x3, 0x2, 0x2, 0x2, 0x33b, 0x358, 
    0x7, 0xd, 0x2, 0x2, 0x33c, 0x33d, 0x7, 0x1c, 0x2, 0x2, 0x33d, 0x33e, 
    0x5, 0x40, 0x21, 0x2, 0x33e, 0x33f, 0x7, 0x1d, 0x2, 0x2, 0x33f, 0x358, 
    0x3, 0x2, 0x2, 0x2, 0x340, 0x341, 0x7, 0x60, 0x2, 0x2, 0x341, 0x342, 
    0x5, 0x40, 0x21, 0x2, 0x342, 0x343, 0x7, 0x17, 0x2, 0x2, 0x343, 0x344, 
    0x5, 0x40, 0x21, 0x2, 0x344, 0x345, 0x7, 0x61, 0x2, 0x2, 0x345, 0x346, 
    0x5, 0x40, 0x21, 0x2, 0x346, 0x358, 0x3, 0x2, 0x2, 0x2, 0x347, 0x348, 
    0x7, 0x62, 0x2, 0x2, 0x348, 0x349, 0x5, 0x40, 0x21, 0x2, 0x349, 0x34a, 
    0x7, 0xb, 0x2, 0x2, 0x34a, 0x34f, 0x5, 0x44, 0x23, 0x2, 0x34b, 0x34c, 
    0x7, 0xc, 0x2, 0x2, 0x34c, 0x34e, 0x5, 0x44, 0x23, 0x2, 0x34d, 0x34b, 
    0x3, 0x2, 0x2, 0x2, 0x34e, 0x351, 0x3, 0x2, 0x2, 0x2, 0x34f, 0x34d, 
    0x3, 0x2, 0x2, 0x2, 0x34f, 0x350, 0x3, 0x2, 0x2, 0x2, 0x350, 0x353, 
    0x3, 0x2, 0x2, 0x2, 0x351, 0x34f, 0x3, 0x2, 0x2, 0x2, 0x352, 0x354, 
    0x7, 0xc, 0x2, 0x2, 0x353, 0x352, 0x3, 0x2, 0x2, 0x2, 0x353, 0x354, 
    0x3, 0x2, 0x2, 0x2, 0x354, 0x355, 0x3, 0x2, 0x2, 0x2, 0x355, 0x356, 
    0x7, 0xd, 0x2, 0x2, 0x356, 0x358, 0x3, 0x2, 0x2, 0x2, 0x357, 0x300, 
    0x3, 0x2, 0x2, 0x2, 0x357, 0x301, 0x3, 0x2, 0x2, 0x2, 0x357, 0x302, 
    0x3, 0x2, 0x2, 0x2, 0x357, 0x303, 0x3, 0x2, 0x2, 0x2, 0x357, 0x304, 
    0x3, 0x2, 0x2, 0x2, 0x357, 0x305, 0x3, 0x2, 0x2, 0x2, 0x357, 0x306, 
    0x3, 0x2, 0x2, 0x2, 0x357, 0x31a, 0x3, 0x2, 0x2, 0x2, 0x357, 0x328, 
    0x3, 0x2, 0x2, 0x2, 0x357, 0x32f, 0x3, 0x2, 0x2, 0x2, 0x357, 0x330, 
    0x3, 0x2, 0x2, 0x2, 0x357, 0x33c, 0x3, 0x2, 0x2, 0x2, 0x357, 0x340, 
    0x3, 0x2, 0x2, 0x2, 0x357, 0x347, 0x3, 0x2, 0x2, 0x2, 0x358, 0x43, 0x3, 
    0x2, 0x2, 0x2, 0x359, 0x35e, 0x5, 0x46, 0x24, 0x2, 0x35a, 0x35b, 0x7, 
    0x63, 0x2, 0x2, 0x35b, 0x35d, 0x5, 0x46, 0x24, 0x2, 0x35c, 0x35a, 0x3, 
    0x2, 0x2, 0x2, 0x35d, 0x360, 0x3, 0x2, 0x2, 0x2, 0x35e, 0x35c, 0x3, 
    0x2, 0x2, 0x2, 0x35e, 0x35f, 0x3, 0x2, 0x2, 0x2, 0x35f, 0x361, 0x3, 
    0x2, 0x2, 0x2, 0x360, 0x35e, 0x3, 0x2, 0x2, 0x2, 0x361, 0x362, 0x7, 
    0x2f, 0x2, 0x2, 0x362, 0x363, 0x5, 0x40, 0x21, 0x2, 0x363, 0x45, 0x3, 
    0x2, 0x2, 0x2, 0x364, 0x36b, 0x7, 0x31, 0x2, 0x2, 0x365, 0x368, 0x5, 
    0x48, 0x25, 0x2, 0x366, 0x367, 0x7, 0x3b, 0x2, 0x2, 0x367, 0x369, 0x5, 
    0x48, 0x25, 0x2, 0x368, 0x366, 0x3, 0x2, 0x2, 0x2, 0x368, 0x369, 0x3, 
    0x2, 0x2, 0x2, 0x369, 0x36b, 0x3, 0x2, 0x2, 0x2, 0x36a, 0x364, 0x3, 
    0x2, 0x2, 0x2, 0x36a, 0x365, 0x3, 0x2, 0x2, 0x2, 0x36b, 0x47, 0x3, 0x2, 
    0x2, 0x2, 0x36c, 0x36d, 0x9, 0x10, 0x2, 0x2, 0x36d, 0x49, 0x3, 0x2, 
    0x2, 0x2, 0x6e, 0x4b, 0x50, 0x58, 0x5b, 0x62, 0x65, 0x6a, 0x71, 0x79, 
    0x82, 0x87, 0x8f, 0x93, 0x99, 0x9e, 0xa3, 0xaa, 0xb0, 0xb8, 0xc5, 0xcb, 
    0xcf, 0xd1, 0xd8, 0xdd, 0xe6, 0xee, 0xf2, 0xfb, 0x103, 0x107, 0x10b, 
    0x10f, 0x117, 0x11b, 0x128, 0x12d, 0x136, 0x13c, 0x146, 0x149, 0x14e, 
    0x151, 0x154, 0x159, 0x15d, 0x164, 0x172, 0x17b, 0x17e, 0x183, 0x193, 
    0x19b, 0x1aa, 0x1af, 0x1b6, 0x1bc, 0x1c4, 0x1c8, 0x1d5, 0x1d7, 0x1de, 
    0x1ea, 0x1f4, 0x1fe, 0x208, 0x211, 0x214, 0x219, 0x21f, 0x223, 0x233, 
    0x237, 0x23c, 0x247, 0x24a, 0x24f, 0x25e, 0x266, 0x26c, 0x270, 0x275, 
    0x278, 0x27e, 0x28c, 0x290, 0x292, 0x296, 0x2b9, 0x2c5, 0x2dc, 0x2f2, 
    0x2f9, 0x2fb, 0x2fd, 0x30b, 0x312, 0x316, 0x321, 0x324, 0x336, 0x339, 
    0x34f, 0x353, 0x357, 0x35e, 0x368, 0x36a, 
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
