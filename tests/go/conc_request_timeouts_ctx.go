package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type server struct {
	name    string
	latency time.Duration
	fail    bool
}

func (s server) call(ctx context.Context, q string) (string, error) {
	select {
	case <-time.After(s.latency):
		if s.fail {
			return "", fmt.Errorf("%s: internal error", s.name)
		}
		return fmt.Sprintf("%s answered %q", s.name, q), nil
	case <-ctx.Done():
		return "", fmt.Errorf("%s: %w", s.name, ctx.Err())
	}
}

func first(ctx context.Context, q string, servers ...server) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type res struct {
		s   string
		err error
	}
	ch := make(chan res, len(servers))
	for _, s := range servers {
		go func() {
			v, err := s.call(ctx, q)
			ch <- res{v, err}
		}()
	}
	var errs []error
	for range servers {
		r := <-ch
		if r.err == nil {
			return r.s, nil
		}
		errs = append(errs, r.err)
	}
	return "", errors.Join(errs...)
}

func main() {
	servers := []server{
		{"slow", 200 * time.Millisecond, false},
		{"fast", 10 * time.Millisecond, false},
		{"broken", 1 * time.Millisecond, true},
	}
	ctx := context.Background()
	v, err := first(ctx, "ping", servers...)
	fmt.Println(v, err)

	tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	v, err = first(tctx, "pong", servers[0], servers[2])
	fmt.Printf("%q\n%v\n", v, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	cctx, cancelNow := context.WithCancel(ctx)
	cancelNow()
	_, err = servers[1].call(cctx, "x")
	fmt.Println(err, errors.Is(err, context.Canceled))
	time.Sleep(250 * time.Millisecond)
}
