package io.switchboard.admin.hours;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.RefusalReporter.FieldPlaces;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.api.hours.WorkingHoursDefinitions;
import io.switchboard.api.hours.WorkingHoursRequest;
import io.switchboard.api.hours.WorkingHoursView;
import io.switchboard.hours.WorkingHoursPeriod;
import io.switchboard.hours.WorkingHoursService;
import io.switchboard.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The working-hours screen: the periods with their queues, and a weekly editor (intervals per day, holidays, away
 * message, close option, default marker). Saving goes through the same checks as the API, naming the field at fault.
 */
@Named
@ViewScoped
public class WorkingHoursBean implements Serializable, FieldPlaces {

    /** A period as the table shows it. */
    public static final class PeriodRow implements Serializable {
        private final long id;
        private final String name;
        private final String timeZone;
        private final String summary;
        private final boolean defaultPeriod;
        private final long queues;

        PeriodRow(WorkingHoursView view) {
            id = view.id();
            name = view.name();
            timeZone = view.timeZone();
            defaultPeriod = view.defaultPeriod();
            queues = view.queues();
            List<String> days = new ArrayList<>();
            view.days().forEach((day, intervals) -> {
                if (!intervals.isEmpty()) {
                    days.add(DayOfWeek.valueOf(day).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                            + String.join(
                                    ", ",
                                    intervals.stream()
                                            .map(i -> i.start() + "–" + i.end() + (i.endsNextDay() ? " (+1)" : ""))
                                            .toList()));
                }
            });
            summary = days.isEmpty() ? "No working time" : String.join("; ", days);
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getTimeZone() {
            return timeZone;
        }

        public String getSummary() {
            return summary;
        }

        public boolean isDefaultPeriod() {
            return defaultPeriod;
        }

        public long getQueues() {
            return queues;
        }
    }

    /** One working interval in the editor. */
    public static final class IntervalForm implements Serializable {
        private String start = "08:00";
        private String end = "16:00";
        private boolean endsNextDay;

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        public boolean isEndsNextDay() {
            return endsNextDay;
        }

        public void setEndsNextDay(boolean endsNextDay) {
            this.endsNextDay = endsNextDay;
        }
    }

    /** One weekday in the editor: no intervals means switched off. */
    public static final class DayForm implements Serializable {
        private final DayOfWeek day;
        private final List<IntervalForm> intervals = new ArrayList<>();

        DayForm(DayOfWeek day) {
            this.day = day;
        }

        public String getName() {
            return day.name();
        }

        public String getLabel() {
            return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        public List<IntervalForm> getIntervals() {
            return intervals;
        }
    }

    /** One holiday in the editor. */
    public static final class HolidayForm implements Serializable {
        private String name;
        private LocalDate startDate;
        private LocalDate endDate;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getStartDate() {
            return startDate;
        }

        public void setStartDate(LocalDate startDate) {
            this.startDate = startDate;
        }

        public LocalDate getEndDate() {
            return endDate;
        }

        public void setEndDate(LocalDate endDate) {
            this.endDate = endDate;
        }
    }

    @EJB
    transient WorkingHoursService workingHours;

    private List<PeriodRow> rows;
    private Long editedId;
    private String name;
    private String timeZone;
    private List<DayForm> days;
    private List<HolidayForm> holidays;
    private String awayMessage;
    private boolean closeAfterAwayMessage;
    private boolean defaultPeriod;

    @PostConstruct
    void load() {
        Map<Long, Long> counts = workingHours.queueCounts();
        rows = workingHours.list().stream()
                .map(p -> new PeriodRow(WorkingHoursView.of(p, counts.getOrDefault(p.getId(), 0L))))
                .toList();
        if (days == null) {
            startNew();
        }
    }

    /** Empties the editor for a new period: Monday to Friday 08:00–16:00 in the server's zone. */
    public void startNew() {
        editedId = null;
        name = null;
        timeZone = ZoneId.systemDefault().getId();
        days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            DayForm form = new DayForm(day);
            if (day.getValue() <= DayOfWeek.FRIDAY.getValue()) {
                form.intervals.add(new IntervalForm());
            }
            days.add(form);
        }
        holidays = new ArrayList<>();
        awayMessage = null;
        closeAfterAwayMessage = false;
        defaultPeriod = false;
    }

    public void edit(PeriodRow row) {
        WorkingHoursPeriod period = workingHours.find(row.getId());
        WorkingHoursView view = WorkingHoursView.of(period, row.getQueues());
        editedId = view.id();
        name = view.name();
        timeZone = view.timeZone();
        days = new ArrayList<>();
        view.days().forEach((day, intervals) -> {
            DayForm form = new DayForm(DayOfWeek.valueOf(day));
            intervals.forEach(i -> {
                IntervalForm interval = new IntervalForm();
                interval.start = i.start();
                interval.end = i.end();
                interval.endsNextDay = i.endsNextDay();
                form.intervals.add(interval);
            });
            days.add(form);
        });
        holidays = new ArrayList<>();
        view.holidays().forEach(h -> {
            HolidayForm holiday = new HolidayForm();
            holiday.name = h.name();
            holiday.startDate = LocalDate.parse(h.startDate());
            holiday.endDate = LocalDate.parse(h.endDate());
            holidays.add(holiday);
        });
        awayMessage = view.awayMessage();
        closeAfterAwayMessage = view.closeAfterAwayMessage();
        defaultPeriod = view.defaultPeriod();
    }

    public void addInterval(DayForm day) {
        day.intervals.add(new IntervalForm());
    }

    public void removeInterval(DayForm day, IntervalForm interval) {
        day.intervals.remove(interval);
    }

    public void addHoliday() {
        holidays.add(new HolidayForm());
    }

    public void removeHoliday(HolidayForm holiday) {
        holidays.remove(holiday);
    }

    @ReportsRefusals
    public void save() {
        WorkingHoursRequest request = new WorkingHoursRequest();
        request.name = name == null ? "" : name;
        request.timeZone = timeZone == null ? "" : timeZone;
        request.days = new LinkedHashMap<>();
        for (DayForm day : days) {
            request.days.put(
                    day.getName(),
                    day.intervals.stream()
                            .map(i -> {
                                WorkingHoursRequest.IntervalRequest interval =
                                        new WorkingHoursRequest.IntervalRequest();
                                interval.start = i.start;
                                interval.end = i.end;
                                interval.endsNextDay = i.endsNextDay;
                                return interval;
                            })
                            .toList());
        }
        request.holidays = holidays.stream()
                .map(h -> {
                    WorkingHoursRequest.HolidayRequest holiday = new WorkingHoursRequest.HolidayRequest();
                    holiday.name = h.name;
                    holiday.startDate = h.startDate == null ? null : h.startDate.toString();
                    holiday.endDate = h.endDate == null ? null : h.endDate.toString();
                    return holiday;
                })
                .toList();
        request.awayMessage = awayMessage;
        request.closeAfterAwayMessage = closeAfterAwayMessage;
        request.defaultPeriod = defaultPeriod;
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        WorkingHoursPeriod saved = editedId == null
                ? workingHours.create(WorkingHoursDefinitions.of(request))
                : workingHours.update(editedId, WorkingHoursDefinitions.of(request));
        Messages.inform("Working hours " + UserText.quoted(saved.getName()) + " saved");
        startNew();
        load();
    }

    @ReportsRefusals
    public void delete(PeriodRow row) {
        try {
            workingHours.delete(row.getId());
            Messages.inform("Working hours " + UserText.quoted(row.getName()) + " deleted");
            if (Long.valueOf(row.getId()).equals(editedId)) {
                startNew();
            }
        } finally {
            load();
        }
    }

    private static final java.util.regex.Pattern INTERVAL =
            java.util.regex.Pattern.compile("days\\.([A-Z]+)\\[(\\d+)\\](?:\\.(start|end))?");
    private static final java.util.regex.Pattern HOLIDAY =
            java.util.regex.Pattern.compile("holidays\\[(\\d+)\\]\\.(startDate|endDate|name)");

    /** The input a refused field names, so the refusal shows beside it (ids of the editor's ui:repeat rows). */
    @Override
    public String clientId(String field) {
        if (field == null) {
            return null;
        }
        if (field.equals("name")) {
            return "editor:name";
        }
        java.util.regex.Matcher interval = INTERVAL.matcher(field);
        if (interval.matches()) {
            for (int d = 0; d < days.size(); d++) {
                if (days.get(d).getName().equals(interval.group(1))) {
                    return "editor:days:" + d + ":intervals:" + interval.group(2) + ":"
                            + (interval.group(3) == null ? "end" : interval.group(3));
                }
            }
        }
        java.util.regex.Matcher holiday = HOLIDAY.matcher(field);
        if (holiday.matches()) {
            String input = switch (holiday.group(2)) {
                case "startDate" -> "start";
                case "endDate" -> "end";
                default -> "name";
            };
            return "editor:holidays:" + holiday.group(1) + ":" + input;
        }
        return null;
    }

    /** Every time zone id, sorted. */
    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }

    public List<PeriodRow> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public List<DayForm> getDays() {
        return days;
    }

    public List<HolidayForm> getHolidays() {
        return holidays;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getAwayMessage() {
        return awayMessage;
    }

    public void setAwayMessage(String awayMessage) {
        this.awayMessage = awayMessage;
    }

    public boolean isCloseAfterAwayMessage() {
        return closeAfterAwayMessage;
    }

    public void setCloseAfterAwayMessage(boolean closeAfterAwayMessage) {
        this.closeAfterAwayMessage = closeAfterAwayMessage;
    }

    public boolean isDefaultPeriod() {
        return defaultPeriod;
    }

    public void setDefaultPeriod(boolean defaultPeriod) {
        this.defaultPeriod = defaultPeriod;
    }
}
