package org.linli.service.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import java.util.Locale;
import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.linli.service.common.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The only door to WeChat's server API. Maps WeChat's error codes to Linli problems and keeps
 * secrets ({@code session_key}, tokens) out of the rest of the code and out of logs. Never call it
 * inside a database transaction.
 */
@Service
public class WeChatGateway {

  private static final Logger log = LoggerFactory.getLogger(WeChatGateway.class);

  private final WxMaService wxMaService;

  public WeChatGateway(WxMaService wxMaService) {
    this.wxMaService = wxMaService;
  }

  /**
   * Exchanges a {@code wx.login} code for the user's identity.
   *
   * @throws LinliException {@code WECHAT_CODE_INVALID} (401), {@code WECHAT_RATE_LIMITED} (429),
   *     {@code WECHAT_USER_BLOCKED} (403) or {@code WECHAT_UNAVAILABLE} (503)
   */
  public WeChatSession exchangeCode(String code) {
    try {
      WxMaJscode2SessionResult result = wxMaService.getUserService().getSessionInfo(code);
      if (result == null || result.getOpenid() == null || result.getOpenid().isBlank()) {
        throw new LinliException(ErrorCode.WECHAT_UNAVAILABLE);
      }
      return new WeChatSession(result.getOpenid(), blankToNull(result.getUnionid()));
    } catch (WxErrorException e) {
      throw map(e, "jscode2session");
    } catch (LinliException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unavailable("jscode2session", e);
    }
  }

  /**
   * Gets the phone number the user chose with the mini program's phone number button. Costs the
   * account money per success unless it is a government or non-profit subject: call only where
   * needed.
   *
   * @return the 11-digit mainland number (or the number without country code)
   * @throws LinliException {@code WECHAT_CODE_INVALID}, {@code WECHAT_RATE_LIMITED}, {@code
   *     WECHAT_UNAVAILABLE}
   */
  public String phoneNumber(String code) {
    try {
      WxMaPhoneNumberInfo info = wxMaService.getUserService().getPhoneNumber(code);
      if (info == null || info.getPurePhoneNumber() == null) {
        throw new LinliException(ErrorCode.WECHAT_UNAVAILABLE);
      }
      return info.getPurePhoneNumber();
    } catch (WxErrorException e) {
      throw map(e, "getuserphonenumber");
    } catch (LinliException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unavailable("getuserphonenumber", e);
    }
  }

  /**
   * Checks user text with msg_sec_check v2.
   *
   * @throws LinliException {@code WECHAT_UNAVAILABLE} when WeChat cannot answer
   */
  public ContentVerdict checkText(String openid, ContentScene scene, String text) {
    try {
      WxMaMsgSecCheckCheckRequest request =
          WxMaMsgSecCheckCheckRequest.builder()
              .version("2")
              .openid(openid)
              .scene(scene.code())
              .content(text)
              .build();
      WxMaMsgSecCheckCheckResponse response =
          wxMaService.getSecurityService().checkMessage(request);
      if (response == null || response.getResult() == null) {
        throw new LinliException(ErrorCode.WECHAT_UNAVAILABLE);
      }
      String suggest = String.valueOf(response.getResult().getSuggest()).toLowerCase(Locale.ROOT);
      ContentVerdict.Suggestion suggestion =
          switch (suggest) {
            case "pass" -> ContentVerdict.Suggestion.PASS;
            case "risky" -> ContentVerdict.Suggestion.RISKY;
            default -> ContentVerdict.Suggestion.REVIEW;
          };
      return new ContentVerdict(suggestion, parseLabel(response.getResult().getLabel()));
    } catch (WxErrorException e) {
      log.warn("WeChat msg_sec_check failed with errcode {}", e.getError().getErrorCode());
      throw new LinliException(ErrorCode.WECHAT_UNAVAILABLE, e);
    } catch (LinliException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unavailable("msg_sec_check", e);
    }
  }

  /** Outcome of sending one subscribe message. */
  public enum SendResult {
    SENT,
    /** The user has no (more) permission for this template (43101). */
    REFUSED,
    /** WeChat refused the message or could not be reached; it may be retried later. */
    FAILED,
    /** WeChat did not answer in time: the message may or may not have been delivered. */
    UNKNOWN
  }

  /**
   * Sends a one-time subscribe message. Never throws for WeChat failures; reports them instead.
   *
   * @param data template field name to value (values are cut to WeChat's 20-character limit)
   */
  public SendResult sendSubscribeMessage(
      String openid, String templateId, String page, String state, Map<String, String> data) {
    WxMaSubscribeMessage message =
        WxMaSubscribeMessage.builder()
            .toUser(openid)
            .templateId(templateId)
            .page(page)
            .miniprogramState(state)
            .lang("zh_CN")
            .build();
    data.forEach(
        (name, value) ->
            message.addData(
                new WxMaSubscribeMessage.MsgData(
                    name, value.length() > 20 ? value.substring(0, 20) : value)));
    try {
      wxMaService.getMsgService().sendSubscribeMsg(message);
      return SendResult.SENT;
    } catch (WxErrorException e) {
      int errcode = e.getError() == null ? -1 : e.getError().getErrorCode();
      log.warn("WeChat subscribe message failed with errcode {}", errcode);
      return errcode == 43101 ? SendResult.REFUSED : SendResult.FAILED;
    } catch (RuntimeException e) {
      log.warn("WeChat subscribe message unreachable: {}", e.getClass().getSimpleName());
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof java.net.SocketTimeoutException
            || c instanceof java.net.http.HttpTimeoutException) {
          return SendResult.UNKNOWN;
        }
      }
      return SendResult.FAILED;
    }
  }

  private static LinliException map(WxErrorException e, String call) {
    int errcode = e.getError() == null ? -1 : e.getError().getErrorCode();
    log.warn("WeChat {} failed with errcode {}", call, errcode);
    return switch (errcode) {
      case 40029, 40163 -> new LinliException(ErrorCode.WECHAT_CODE_INVALID, e);
      case 45011 -> new RateLimitedException(ErrorCode.WECHAT_RATE_LIMITED, 60);
      case 40226 -> new LinliException(ErrorCode.WECHAT_USER_BLOCKED, e);
      default -> new LinliException(ErrorCode.WECHAT_UNAVAILABLE, e);
    };
  }

  private static LinliException unavailable(String call, RuntimeException e) {
    // The cause may carry URLs with credentials: log its type only.
    log.warn("WeChat {} unreachable: {}", call, e.getClass().getSimpleName());
    return new LinliException(ErrorCode.WECHAT_UNAVAILABLE, e);
  }

  private static Integer parseLabel(String label) {
    try {
      return label == null ? null : Integer.valueOf(label.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
