package io.switchboard.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginBeanTest {

    @Test
    void aSignInReturnsToTheAdminPageTheUserWasSentAwayFrom() {
        assertThat(LoginBean.returnPath("/admin/settings/queues.xhtml")).isEqualTo("/admin/settings/queues.xhtml");
        assertThat(LoginBean.returnPath("/admin/work/all-work.xhtml?queue=3"))
                .isEqualTo("/admin/work/all-work.xhtml?queue=3");
    }

    @Test
    void anythingElseReturnsToTheAdminsHome() {
        assertThat(LoginBean.returnPath(null)).isEqualTo("/admin/");
        assertThat(LoginBean.returnPath("https://elsewhere.example/admin/")).isEqualTo("/admin/");
        assertThat(LoginBean.returnPath("//elsewhere.example/admin/")).isEqualTo("/admin/");
        assertThat(LoginBean.returnPath("/admin//elsewhere.example")).isEqualTo("/admin/");
        assertThat(LoginBean.returnPath("/admin/\\\\elsewhere")).isEqualTo("/admin/");
        assertThat(LoginBean.returnPath("/admin/login.xhtml?next=/admin/")).isEqualTo("/admin/");
        assertThat(LoginBean.returnPath("/api/queues")).isEqualTo("/admin/");
        assertThat(LoginBean.returnPath("/admin/x\r\nSet-Cookie: a=b")).isEqualTo("/admin/");
    }
}
