package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.ThrottledRequestsPort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryThrottledRequests implements ThrottledRequestsPort {
    private final List<Request> requests = new ArrayList<>();

    @Override
    public List<Instant> lockAndListSince(String kind, String address, Instant from) {
        return requests.stream().filter(r -> r.kind.equals(kind) && r.address.equals(address) && r.at.isAfter(from))
                .map(Request::at).toList();
    }

    @Override
    public void record(String kind, String address, Instant at) {
        requests.add(new Request(kind, address, at));
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int before = requests.size();
        requests.removeIf(request -> request.at.isBefore(cutoff));
        return before - requests.size();
    }

    public int count() {
        return requests.size();
    }

    private record Request(String kind, String address, Instant at) {
    }
}
