package main

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string

type requestIDKey struct{}

func withUser(ctx context.Context, user string) context.Context {
	return context.WithValue(ctx, ctxKey("user"), user)
}

func handle(ctx context.Context, log *[]string) {
	user, _ := ctx.Value(ctxKey("user")).(string)
	id, ok := ctx.Value(requestIDKey{}).(int)
	*log = append(*log, fmt.Sprintf("user=%q id=%d ok=%v plain-string-key=%v", user, id, ok, ctx.Value("user")))
}

func main() {
	var log []string
	base := context.Background()
	ctx := withUser(base, "ann")
	ctx = context.WithValue(ctx, requestIDKey{}, 17)
	handle(ctx, &log)
	handle(withUser(ctx, "bob"), &log)
	handle(base, &log)
	for _, l := range log {
		fmt.Println(l)
	}

	parent, cancel := context.WithCancel(ctx)
	detached := context.WithoutCancel(parent)
	fired := make(chan string, 2)
	stop := context.AfterFunc(parent, func() { fired <- "cleanup ran" })
	stop2 := context.AfterFunc(parent, func() { fired <- "should not run" })
	fmt.Println("stopped second:", stop2())
	cancel()
	fmt.Println(<-fired)
	fmt.Println("stop after run:", stop())
	fmt.Println("parent:", parent.Err(), "detached:", detached.Err(), "value kept:", detached.Value(requestIDKey{}))

	dl, cancelDL := context.WithDeadline(ctx, time.Now().Add(20*time.Millisecond))
	defer cancelDL()
	<-dl.Done()
	fmt.Println(dl.Err(), context.Cause(dl))

	tc, cancelTC := context.WithTimeoutCause(ctx, 10*time.Millisecond, fmt.Errorf("backend too slow"))
	defer cancelTC()
	<-tc.Done()
	fmt.Println(tc.Err(), "|", context.Cause(tc))
	fmt.Println(ctx.Value(ctxKey("user")), fmt.Sprint(ctxKey("user")))
}
